import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs `kmap` on hostile inputs with a deadline, and measures what the run cost.
///
/// Output goes to files rather than pipes, so a run that prints megabytes of diagnostics can
/// neither block on a full pipe nor fill the test's memory. The child's peak memory is sampled
/// from `/proc/<pid>/status` while it runs (`wait4`'s figure is no use: `posix_spawn` starts the
/// child in the parent's address space, so it reports the test process's own peak). A run past
/// its deadline is killed and reported as timed out.
struct BoundedRun {
    /// How a bounded run ended.
    struct Outcome {
        /// The exit status, or nil when a signal ended the process.
        var status: Int32?
        var signal: Int32?
        var timedOut: Bool
        var stdout: String
        var stderr: String
        /// Bytes written on standard error (which may be more than `stderr` keeps).
        var stderrBytes: Int
        /// Peak resident memory of the child, in bytes, as last sampled (0 on systems without
        /// `/proc`, or for a run shorter than one sampling interval).
        var peakMemory: Int
        var seconds: Double
    }

    /// How much of each output stream is read back.
    static let keptOutputBytes = 4 << 20

    /// The release binary, when it exists and is at least as new as the debug binary (so it is
    /// not stale); large inputs run at full size only with it.
    static var freshReleaseBinary: URL? {
        let release = KMapProcess.repositoryRoot.appendingPathComponent(".build/release/kmap")
        guard FileManager.default.isExecutableFile(atPath: release.path),
              let releaseDate = modificationDate(release),
              let debugDate = modificationDate(KMapProcess.binary), releaseDate >= debugDate
        else { return nil }
        return release
    }

    /// Runs `binary arguments` (the debug binary by default) with standard input from `stdin`
    /// (a file path) or `/dev/null`, killing it after `timeout` seconds. `prefix` runs the binary
    /// through another program (for example `setpriv` to drop root).
    static func run(
        _ arguments: [String], binary: URL = KMapProcess.binary, prefix: [String] = [],
        stdin: String? = nil, timeout: Double = 60
    ) throws -> Outcome {
        let folder = try KMapProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let outPath = folder.appendingPathComponent("stdout").path
        let errPath = folder.appendingPathComponent("stderr").path
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin ?? "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, errPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)

        let command = prefix + [binary.path] + arguments
        let environment = ProcessInfo.processInfo.environment.merging(["NO_COLOR": "1"]) { $1 }.map { "\($0)=\($1)" }
        let started = Date()
        var pid: pid_t = 0
        let spawned = withCStrings(command) { argv in
            withCStrings(environment) { envp in posix_spawnp(&pid, command[0], &actions, nil, argv, envp) }
        }
        guard spawned == 0 else { throw POSIXError(POSIXErrorCode(rawValue: spawned) ?? .EINVAL) }

        var status: Int32 = 0
        var timedOut = false
        var peakMemory = 0
        while waitpid(pid, &status, WNOHANG) == 0 {
            peakMemory = max(peakMemory, residentPeak(of: pid))
            if Date().timeIntervalSince(started) > timeout {
                kill(pid, SIGKILL)
                timedOut = true
                _ = waitpid(pid, &status, 0)
                break
            }
            usleep(5_000)
        }
        let signal = status & 0x7F
        return Outcome(
            status: signal == 0 ? (status >> 8) & 0xFF : nil,
            signal: signal == 0 ? nil : signal,
            timedOut: timedOut,
            stdout: readPrefix(outPath),
            stderr: readPrefix(errPath),
            stderrBytes: (try? FileManager.default.attributesOfItem(atPath: errPath)[.size] as? Int) ?? 0,
            peakMemory: peakMemory,
            seconds: Date().timeIntervalSince(started)
        )
    }

    /// `VmHWM` (the peak resident set) of a running process, in bytes; 0 when unknown.
    private static func residentPeak(of pid: pid_t) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
              let kilobytes = Int(line.split(separator: " ").dropFirst().first ?? "") else { return 0 }
        return kilobytes * 1024
    }

    private static func readPrefix(_ path: String) -> String {
        guard let handle = FileHandle(forReadingAtPath: path) else { return "" }
        defer { try? handle.close() }
        return String(decoding: (try? handle.read(upToCount: keptOutputBytes)) ?? Data(), as: UTF8.self)
    }

    private static func modificationDate(_ url: URL) -> Date? {
        (try? FileManager.default.attributesOfItem(atPath: url.path))?[.modificationDate] as? Date
    }

    /// Calls `body` with a NULL-terminated C array of the strings.
    private static func withCStrings<Result>(_ strings: [String], _ body: ([UnsafeMutablePointer<CChar>?]) -> Result) -> Result {
        let pointers = strings.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        return body(pointers)
    }
}
