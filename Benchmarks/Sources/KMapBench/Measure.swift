import CCallgrind
import Foundation

/// One stage measured at one size.
struct Measurement: Equatable {
    var stage: String
    var activities: Int
    /// Size of the map's text in bytes.
    var inputBytes: Int
    /// Median wall time of the repetitions.
    var seconds: Double
    /// Median processor time (user and system) of the repetitions: unlike wall time, it does
    /// not grow when other processes compete for the cores.
    var cpuSeconds: Double
    /// The process's peak resident memory while the stage ran (its inputs included).
    var peakBytes: Int
    /// How far the stage raised resident memory above where it started.
    var addedBytes: Int
    /// What the stage produced (bytes of text, findings, nodes), to show it did the work.
    var outputSize: Int

    /// Input megabytes per second of processor time.
    var megabytesPerSecond: Double { cpuSeconds > 0 ? Double(inputBytes) / 1_000_000 / cpuSeconds : 0 }

    /// Activities per second of processor time.
    var activitiesPerSecond: Double { cpuSeconds > 0 ? Double(activities) / cpuSeconds : 0 }

    /// One tab-separated line, the format a child process reports in.
    var line: String {
        ["RESULT", stage, String(activities), String(inputBytes), String(seconds), String(cpuSeconds), String(peakBytes),
         String(addedBytes), String(outputSize)].joined(separator: "\t")
    }

    init(stage: String, activities: Int, inputBytes: Int, seconds: Double, cpuSeconds: Double, peakBytes: Int, addedBytes: Int, outputSize: Int) {
        self.stage = stage
        self.activities = activities
        self.inputBytes = inputBytes
        self.seconds = seconds
        self.cpuSeconds = cpuSeconds
        self.peakBytes = peakBytes
        self.addedBytes = addedBytes
        self.outputSize = outputSize
    }

    /// Reads a line written by ``line``.
    init?(line: Substring) {
        let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        guard fields.count == 9, fields[0] == "RESULT",
              let activities = Int(fields[2]), let inputBytes = Int(fields[3]), let seconds = Double(fields[4]),
              let cpu = Double(fields[5]), let peak = Int(fields[6]), let added = Int(fields[7]), let output = Int(fields[8])
        else { return nil }
        self.init(stage: fields[1], activities: activities, inputBytes: inputBytes, seconds: seconds, cpuSeconds: cpu,
                  peakBytes: peak, addedBytes: added, outputSize: output)
    }
}

/// What a stage produced: its size, and the product itself, which is released only after the
/// clock stopped (a command-line run exits without freeing it).
struct StageOutput {
    var size: Int
    var product: Any
}

/// Times a piece of work and watches the memory it takes.
enum Measure {
    struct Result {
        var seconds: Double
        var cpuSeconds: Double
        var peakBytes: Int
        var addedBytes: Int
        var outputSize: Int
    }

    /// Runs `body` `repetitions` times and returns the median wall and processor times, the
    /// highest peak resident memory, the most memory added above the starting point, and the last
    /// run's output size.
    static func run(repetitions: Int, _ body: () throws -> StageOutput) rethrows -> Result {
        let clock = ContinuousClock()
        var times: [Double] = []
        var cpuTimes: [Double] = []
        var result = Result(seconds: 0, cpuSeconds: 0, peakBytes: 0, addedBytes: 0, outputSize: 0)
        for _ in 0..<max(1, repetitions) {
            MemoryProbe.resetPeak()
            let before = MemoryProbe.residentBytes()
            let cpuStart = processorSeconds()
            let start = clock.now
            let output = try body()
            times.append((clock.now - start).seconds)
            cpuTimes.append(processorSeconds() - cpuStart)
            let runPeak = MemoryProbe.peakBytes()
            result.peakBytes = max(result.peakBytes, runPeak)
            result.addedBytes = max(result.addedBytes, runPeak - before)
            result.outputSize = output.size
            withExtendedLifetime(output) {}
        }
        result.seconds = times.sorted()[times.count / 2]
        result.cpuSeconds = cpuTimes.sorted()[cpuTimes.count / 2]
        return result
    }

    /// `body`, with Callgrind counting instructions while it runs: under
    /// `valgrind --tool=callgrind --collect-atstart=no` only the stages are counted, not the
    /// building of their inputs (`make bench-instructions`). Outside Valgrind it changes nothing.
    static func countingInstructions<Value>(_ body: () throws -> Value) rethrows -> Value {
        kmap_callgrind_toggle_collect()
        defer { kmap_callgrind_toggle_collect() }
        return try body()
    }

    /// User and system processor time used so far by this process and the children it waited
    /// for (a stage that runs `dot` counts the time `dot` took).
    static func processorSeconds() -> Double {
        [RUSAGE_SELF.rawValue, RUSAGE_CHILDREN.rawValue].reduce(0) { total, who in
            var usage = rusage()
            getrusage(who, &usage)
            return total + Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
                + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        }
    }
}
