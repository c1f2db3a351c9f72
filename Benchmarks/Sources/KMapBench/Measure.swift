/// One stage measured at one size.
struct Measurement: Equatable {
    var stage: String
    var activities: Int
    /// Size of the map's text in bytes.
    var inputBytes: Int
    /// Median wall time of the repetitions.
    var seconds: Double
    /// The process's peak resident memory while the stage ran (its inputs included).
    var peakBytes: Int
    /// How far the stage raised resident memory above where it started.
    var addedBytes: Int
    /// What the stage produced (bytes of text, findings, nodes), to show it did the work.
    var outputSize: Int

    /// Input megabytes per second.
    var megabytesPerSecond: Double { seconds > 0 ? Double(inputBytes) / 1_000_000 / seconds : 0 }

    /// Activities per second.
    var activitiesPerSecond: Double { seconds > 0 ? Double(activities) / seconds : 0 }

    /// One tab-separated line, the format a child process reports in.
    var line: String {
        ["RESULT", stage, String(activities), String(inputBytes), String(seconds), String(peakBytes),
         String(addedBytes), String(outputSize)].joined(separator: "\t")
    }

    init(stage: String, activities: Int, inputBytes: Int, seconds: Double, peakBytes: Int, addedBytes: Int, outputSize: Int) {
        self.stage = stage
        self.activities = activities
        self.inputBytes = inputBytes
        self.seconds = seconds
        self.peakBytes = peakBytes
        self.addedBytes = addedBytes
        self.outputSize = outputSize
    }

    /// Reads a line written by ``line``.
    init?(line: Substring) {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 8, fields[0] == "RESULT",
              let activities = Int(fields[2]), let inputBytes = Int(fields[3]), let seconds = Double(fields[4]),
              let peak = Int(fields[5]), let added = Int(fields[6]), let output = Int(fields[7])
        else { return nil }
        self.init(stage: fields[1], activities: activities, inputBytes: inputBytes, seconds: seconds,
                  peakBytes: peak, addedBytes: added, outputSize: output)
    }
}

/// Times a piece of work and watches the memory it takes.
enum Measure {
    /// Runs `body` `repetitions` times and returns the median time, the highest peak resident
    /// memory, the most memory added above the starting point, and the last run's output size.
    static func run(repetitions: Int, _ body: () throws -> Int) rethrows -> (seconds: Double, peakBytes: Int, addedBytes: Int, outputSize: Int) {
        let clock = ContinuousClock()
        var times: [Double] = []
        var peak = 0
        var added = 0
        var output = 0
        for _ in 0..<max(1, repetitions) {
            MemoryProbe.resetPeak()
            let before = MemoryProbe.residentBytes()
            let start = clock.now
            output = try body()
            times.append((clock.now - start).seconds)
            let runPeak = MemoryProbe.peakBytes()
            peak = max(peak, runPeak)
            added = max(added, runPeak - before)
        }
        times.sort()
        return (times[times.count / 2], peak, added, output)
    }
}
