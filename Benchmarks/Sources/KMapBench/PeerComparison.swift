import Foundation

/// `kmap check` side by side with the NetworkX peer (`nx_peer.py`, a Python script that parses a
/// map with regular expressions and computes waves, complete waves and dead-end repositories) on
/// the same map from `genmap.py`, run in turn in the same run so that both see the same machine.
struct PeerComparison {
    var activities: Int
    var inputBytes: Int
    /// Median wall and processor time of `kmap check`.
    var kmapSeconds: Double
    var kmapCPUSeconds: Double
    /// Median wall and processor time of the peer.
    var peerSeconds: Double
    var peerCPUSeconds: Double

    /// How many times faster kmap is than the peer, in processor time.
    var speedUp: Double { kmapCPUSeconds > 0 ? peerCPUSeconds / kmapCPUSeconds : 0 }

    /// Generates the peer's input at `activities`, then runs `kmap check` and the peer
    /// `repetitions` times each, alternating, and keeps the medians.
    ///
    /// - Parameters:
    ///   - scripts: the folder of `genmap.py` and `nx_peer.py`.
    ///   - folder: where the generated map is written.
    static func measure(
        kmap: String, scripts: String, activities: Int, repetitions: Int, folder: String
    ) throws -> PeerComparison {
        let generated = try Spawn.run(["python3", scripts + "/genmap.py", String(activities), "1"])
        guard generated.status == 0 else { throw BenchError("genmap.py failed with exit status \(generated.status)") }
        let map = folder + "/genmap-\(activities).kmap"
        try generated.output.write(toFile: map, atomically: false, encoding: .utf8)
        var kmapRuns: [ProcessOutcome] = []
        var peerRuns: [ProcessOutcome] = []
        for _ in 0..<max(1, repetitions) {
            let checked = try Spawn.run([kmap, "check", "--fail-on", "never", map], captureOutput: false)
            guard checked.status == 0 else { throw BenchError("kmap check of genmap.py's map failed with exit status \(checked.status)") }
            kmapRuns.append(checked)
            let peer = try Spawn.run(["python3", scripts + "/nx_peer.py", map])
            guard peer.status == 0, peer.output.contains("\"waves\"") else {
                throw BenchError("nx_peer.py failed with exit status \(peer.status) (is networkx installed?)")
            }
            peerRuns.append(peer)
        }
        return PeerComparison(
            activities: activities, inputBytes: generated.output.utf8.count,
            kmapSeconds: median(kmapRuns.map(\.seconds)), kmapCPUSeconds: median(kmapRuns.map(\.cpuSeconds)),
            peerSeconds: median(peerRuns.map(\.seconds)), peerCPUSeconds: median(peerRuns.map(\.cpuSeconds))
        )
    }

    /// The comparison at `options.peerSize` with the scripts in `options.peerScripts`, or nil and
    /// why it could not be made (scripts or networkx missing, a run that failed).
    static func run(kmap: String, options: Options, progress: (String) -> Void) -> (PeerComparison?, String?) {
        let scripts = options.peerScripts
        guard isAvailable(scripts: scripts) else {
            return (nil, "not measured: genmap.py and nx_peer.py not found in \(scripts), or networkx not installed")
        }
        progress("kmap check and the NetworkX peer at \(options.peerSize) activities")
        let folder = NSTemporaryDirectory() + "kmap-bench-peer-\(getpid())"
        defer { try? FileManager.default.removeItem(atPath: folder) }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let comparison = try measure(
                kmap: kmap, scripts: scripts, activities: options.peerSize,
                repetitions: options.repetitions(at: options.peerSize), folder: folder
            )
            return (comparison, nil)
        } catch {
            return (nil, "not measured: \(error)")
        }
    }

    /// Whether the peer's scripts are in `scripts` and Python can run them.
    static func isAvailable(scripts: String) -> Bool {
        FileManager.default.fileExists(atPath: scripts + "/genmap.py") && FileManager.default.fileExists(atPath: scripts + "/nx_peer.py")
            && (try? Spawn.run(["python3", "-c", "import networkx"], captureOutput: false))?.status == 0
    }

    private static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
