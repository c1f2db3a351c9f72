import Foundation

/// What a finished child process did: its exit status, wall time and peak resident memory.
struct ProcessOutcome {
    var status: Int32
    var seconds: Double
    /// User and system processor time of the child.
    var cpuSeconds: Double
    /// The child's peak resident set size in bytes (`ru_maxrss`).
    var peakBytes: Int
    /// Everything the child wrote to standard output.
    var output: String
}

/// Runs programs and measures them from the outside with `posix_spawn` and `wait4`, the same
/// way `/usr/bin/time` does, so a measurement includes start-up, reading and writing files.
enum Spawn {
    /// GNU time, which reports a child's peak memory exactly.
    static let timeProgram = "/usr/bin/time"

    /// Runs `arguments[0]` (looked up on `PATH` when it has no slash), with standard output
    /// captured (or discarded when `captureOutput` is false) and standard error inherited.
    ///
    /// With `exactPeak`, the program runs under GNU time when it is installed: Linux keeps the
    /// spawning process's own peak in a spawned child's `ru_maxrss`, so a large harness would
    /// otherwise inflate the peak of a small command.
    ///
    /// With `timeLimit` (seconds), a program still running then is killed and ``BenchError`` thrown.
    static func run(
        _ arguments: [String], captureOutput: Bool = true, exactPeak: Bool = false, timeLimit: Double? = nil
    ) throws -> ProcessOutcome {
        let outputPath = NSTemporaryDirectory() + "kmap-bench-\(getpid())-\(UUID().uuidString).out"
        let peakPath = outputPath + ".peak"
        defer {
            unlink(outputPath)
            unlink(peakPath)
        }
        let useTime = exactPeak && access(timeProgram, X_OK) == 0
        let arguments = useTime ? [timeProgram, "-f", "%M", "-o", peakPath] + arguments : arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        let target = captureOutput ? outputPath : "/dev/null"
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, target, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid: pid_t = 0
        let clock = ContinuousClock()
        let start = clock.now
        let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchError("cannot run \(arguments[0]): \(String(cString: strerror(spawned)))")
        }
        var status: Int32 = 0
        var usage = rusage()
        let deadline = timeLimit.map { start + .milliseconds(Int64($0 * 1_000)) }
        while true {
            let waited = wait4(pid, &status, deadline == nil ? 0 : WNOHANG, &usage)
            if waited == pid { break }
            if waited < 0, errno != EINTR { throw BenchError("waiting for \(arguments[0]) failed") }
            if let deadline, clock.now > deadline {
                kill(pid, SIGKILL)
                _ = wait4(pid, &status, 0, &usage)
                throw BenchError("over the time limit of \(Int(timeLimit ?? 0)) s", isTimeout: true)
            }
            if waited == 0 { usleep(10_000) }
        }
        let seconds = (clock.now - start).seconds
        let exitStatus = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let output = captureOutput ? ((try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "") : ""
        var peakBytes = Int(usage.ru_maxrss) * 1024
        if useTime, let report = try? String(contentsOfFile: peakPath, encoding: .utf8),
           let kilobytes = report.split(separator: "\n").last.flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            peakBytes = kilobytes * 1024
        }
        let cpu = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
            + Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
        return ProcessOutcome(
            status: exitStatus, seconds: seconds, cpuSeconds: cpu, peakBytes: peakBytes, output: output
        )
    }

    /// True when `program` can be found and started.
    static func isAvailable(_ program: String) -> Bool {
        (try? run(["sh", "-c", "command -v \"$0\" >/dev/null", program], captureOutput: false))?.status == 0
    }
}

/// A failure of the harness itself (a stage that crashed, a tool that is missing).
struct BenchError: Error, CustomStringConvertible {
    var description: String
    /// The measured program ran over its time limit and was stopped.
    var isTimeout = false

    init(_ description: String, isTimeout: Bool = false) {
        self.description = description
        self.isTimeout = isTimeout
    }
}

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double {
        let parts = components
        return Double(parts.seconds) + Double(parts.attoseconds) * 1e-18
    }
}
