import Foundation
import KMapGenerate

/// One run of the `kmap` binary, measured from the outside.
struct CommandMeasurement {
    /// The command as a person would type it, with file names shortened.
    var command: String
    var activities: Int?
    var inputBytes: Int
    /// Median wall time.
    var seconds: Double
    /// Median processor time (user and system).
    var cpuSeconds: Double
    /// Highest peak resident memory of the runs.
    var peakBytes: Int
    var status: Int32

    /// Exit statuses 0 (clean) and 1 (findings) mean the command did its work.
    var succeeded: Bool { status == 0 || status == 1 }
}

/// Measures the `kmap` binary end to end, the way a person runs it: start-up, reading the file,
/// the whole pipeline and the output included.
struct EndToEnd {
    let kmap: String
    let options: Options
    let folder: String

    init(kmap: String, options: Options) throws {
        self.kmap = kmap
        self.options = options
        folder = NSTemporaryDirectory() + "kmap-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// `kmap check` on generated maps and on every example map, `kmap diff` of two versions and
    /// `kmap render` of a 1,000-activity map.
    func runAll(progress: (String) -> Void) throws -> [CommandMeasurement] {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var results: [CommandMeasurement] = []
        for activities in options.smoke ? [300] : [1_000, 100_000, 1_000_000] {
            progress("kmap check at \(activities) activities")
            let map = try write(MapGenerator(activities: activities, seed: 1).generate(), name: "map-\(activities).kmap")
            results.append(try measure(["check", map], activities: activities, inputs: [map]))
        }
        let diffSize = options.smoke ? 300 : 100_000
        progress("kmap diff at \(diffSize) activities")
        let generator = MapGenerator(activities: diffSize, seed: 1)
        let old = try write(generator.generate(), name: "old-\(diffSize).kmap")
        let new = try write(generator.generateEvolved(), name: "new-\(diffSize).kmap")
        results.append(try measure(["diff", old, new], activities: diffSize, inputs: [old, new]))

        let renderSize = options.smoke ? 20 : 1_000
        progress("kmap render at \(renderSize) activities")
        let small = try write(MapGenerator(activities: renderSize, seed: 1).generate(), name: "render-\(renderSize).kmap")
        results.append(try measure(["render", small, "-o", folder + "/render.svg"], activities: renderSize, inputs: [small]))

        let maps = ((try? FileManager.default.contentsOfDirectory(atPath: options.mapsFolder)) ?? [])
            .filter { $0.hasSuffix(".kmap") }.sorted()
        progress("kmap check on the \(maps.count) example maps")
        for name in maps {
            let path = options.mapsFolder + "/" + name
            results.append(try measure(["check", path], activities: nil, inputs: [path]))
        }
        return results
    }

    private func write(_ text: String, name: String) throws -> String {
        let path = folder + "/" + name
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        return path
    }

    private func measure(_ arguments: [String], activities: Int?, inputs: [String]) throws -> CommandMeasurement {
        let repetitions = options.repetitions(at: activities ?? 0)
        var times: [Double] = []
        var cpuTimes: [Double] = []
        var peak = 0
        var status: Int32 = 0
        for _ in 0..<repetitions {
            let outcome = try Spawn.run([kmap] + arguments, captureOutput: false)
            times.append(outcome.seconds)
            cpuTimes.append(outcome.cpuSeconds)
            peak = max(peak, outcome.peakBytes)
            status = outcome.status
        }
        times.sort()
        cpuTimes.sort()
        let bytes = inputs.reduce(0) { total, path in
            total + ((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
        }
        let shown = arguments.map { $0.hasPrefix(folder) ? String($0.dropFirst(folder.count + 1)) : $0 }
        return CommandMeasurement(
            command: (["kmap"] + shown).joined(separator: " "), activities: activities, inputBytes: bytes,
            seconds: times[times.count / 2], cpuSeconds: cpuTimes[cpuTimes.count / 2], peakBytes: peak, status: status
        )
    }
}
