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
    /// The subcommands listed in `kmap --help`.
    let subcommands: Set<String>

    init(kmap: String, options: Options) throws {
        self.kmap = kmap
        self.options = options
        let help = try Spawn.run([kmap, "--help"]).output
        let listed = help.components(separatedBy: "SUBCOMMANDS:").dropFirst().first ?? ""
        subcommands = Set(listed.split(separator: "\n")
            .filter { $0.hasPrefix("  ") && !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) })
        folder = NSTemporaryDirectory() + "kmap-bench-\(getpid())"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    }

    /// `kmap check` on generated maps (without `--max-input-size`, and with it when the default
    /// limit refuses one) and on every example map, `kmap report` to HTML of the largest generated
    /// map up to 100,000 activities, `kmap diff` of two versions and `kmap render` of a
    /// 1,000-activity map. Subcommands this `kmap` does not have are skipped.
    func runAll(progress: (String) -> Void) throws -> [CommandMeasurement] {
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var results: [CommandMeasurement] = []
        for subcommand in ["check", "report", "diff", "render"] where !has(subcommand) {
            progress("kmap has no '\(subcommand)' subcommand: not measured")
        }
        for activities in options.sizes where has("check") {
            progress("kmap check at \(activities) activities")
            let text = MapGenerator(activities: activities, seed: 1).generate()
            let map = try write(text, name: "map-\(activities).kmap")
            let check = try measure(["check", map], activities: activities, inputs: [map])
            results.append(check)
            // A map the default input limit refuses is measured again with the limit raised.
            if !check.succeeded {
                progress("kmap check refused the map (exit \(check.status)): again with --max-input-size")
                results.append(try measure(["check", map, "--max-input-size", String(text.utf8.count)], activities: activities, inputs: [map]))
            }
        }
        if has("check"), has("report"), let reportSize = options.sizes.filter({ $0 <= 100_000 }).max() {
            progress("kmap report at \(reportSize) activities")
            let map = folder + "/map-\(reportSize).kmap"
            results.append(try measure(["report", map, "-o", folder + "/report.html", "--force"], activities: reportSize, inputs: [map]))
        }
        if has("check") {
            results += try manySmallMaps(progress: progress)
        }
        if has("diff") {
            let diffSize = options.sizes.filter { $0 <= 100_000 }.max() ?? 100
            progress("kmap diff at \(diffSize) activities")
            let generator = MapGenerator(activities: diffSize, seed: 1)
            let old = try write(generator.generate(), name: "old-\(diffSize).kmap")
            let new = try write(generator.generateEvolved(), name: "new-\(diffSize).kmap")
            results.append(try measure(["diff", old, new], activities: diffSize, inputs: [old, new]))
        }
        if has("render") {
            let renderSize = options.renderSizes.filter { $0 <= 1_000 }.max() ?? 20
            progress("kmap render at \(renderSize) activities")
            let small = try write(MapGenerator(activities: renderSize, seed: 1).generate(), name: "render-\(renderSize).kmap")
            results.append(try measure(["render", small, "--full", "-o", folder + "/render.svg"], activities: renderSize, inputs: [small]))
        }

        let maps = ((try? FileManager.default.contentsOfDirectory(atPath: options.mapsFolder)) ?? [])
            .filter { $0.hasSuffix(".kmap") }.sorted()
        progress("kmap check on the \(maps.count) example maps")
        for name in maps where has("check") {
            let path = options.mapsFolder + "/" + name
            results.append(try measure(["check", path], activities: nil, inputs: [path]))
        }
        return results
    }

    /// `kmap check` of a folder of 1,000 small generated maps (20 at smoke size), with one
    /// worker and with the default of one per core: the speed-up of checking maps in parallel.
    private func manySmallMaps(progress: (String) -> Void) throws -> [CommandMeasurement] {
        let count = options.smoke ? 20 : 1_000
        progress("kmap check of \(count) small maps, one worker and one per core")
        let many = folder + "/many"
        try FileManager.default.createDirectory(atPath: many, withIntermediateDirectories: true)
        var activities = 0
        for seed in 1...count {
            let size = 20 + seed % 81
            activities += size
            _ = try write(MapGenerator(activities: size, seed: UInt64(seed)).generate(), name: String(format: "many/m%04d.kmap", seed))
        }
        let paths = try FileManager.default.contentsOfDirectory(atPath: many).map { many + "/" + $0 }
        return [
            try measure(["check", "--jobs", "1", many], activities: activities, inputs: paths),
            try measure(["check", many], activities: activities, inputs: paths),
        ]
    }

    private func has(_ subcommand: String) -> Bool { subcommands.contains(subcommand) }

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
            let outcome = try Spawn.run([kmap] + arguments, captureOutput: false, exactPeak: true)
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
