import CProcess
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A `kmap render` child of `kmap watch`, in a process group of its own.
///
/// The watcher never waits on it: a newer save cancels it, and when the watcher ends (SIGINT,
/// SIGTERM, SIGHUP or the end of its loop) the whole group is killed, so no renderer is ever
/// orphaned with a layout still running.
final class RendererChild {
    let pid: pid_t
    private(set) var status: Int32?

    /// The group of the child running now, for the signal handlers (0 when none).
    nonisolated(unsafe) private static var runningGroup: pid_t = 0

    /// Starts `kmap ARGUMENTS`, sharing the watcher's standard streams.
    /// - Throws: ``UserError`` naming why the renderer could not start (exit status 2: the
    ///   environment, such as a folder that cannot be read, not the binary).
    init(_ arguments: [String]) throws {
        Self.installHandlers
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // A group of its own, and no blocked signals inherited from whatever started the watcher.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK))
        posix_spawnattr_setpgroup(&attributes, 0)
        var noSignals = sigset_t()
        sigemptyset(&noSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        let command = ["/proc/self/exe"] + arguments
        var argv = command.map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        let environment = ProcessInfo.processInfo.environment.filter { $0.key != Self.watcherVariable }
            .map { "\($0.key)=\($0.value)" } + ["\(Self.watcherVariable)=\(getpid())"]
        var envp = environment.map { strdup($0) } + [nil]
        defer { envp.forEach { free($0) } }
        // An ending signal that arrives between the spawn and the bookkeeping below waits until
        // the new group is known, so the handler kills it instead of leaving it running.
        var ending = Self.endingSignals, previous = sigset_t()
        pthread_sigmask(SIG_BLOCK, &ending, &previous)
        defer { pthread_sigmask(SIG_SETMASK, &previous, nil) }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, command[0], nil, &attributes, &argv, &envp)
        guard result == 0 else {
            throw UserError("cannot start the renderer: \(String(cString: strerror(result)))")
        }
        self.pid = pid
        Self.runningGroup = pid
    }

    /// Names the watcher's process id in a renderer's environment.
    private static let watcherVariable = "KMAP_WATCHER_PID"

    /// In a renderer started by ``init(_:)``: asks the kernel to kill this process when the watcher
    /// ends, however it ends (even SIGKILL, which no handler sees), and ends at once when the
    /// watcher is already gone. Does nothing in any other process.
    static func endWithTheWatcher() {
        guard let value = ProcessInfo.processInfo.environment[watcherVariable], let watcher = pid_t(value) else { return }
        _ = kmap_end_with_parent()
        if getppid() != watcher { _exit(1) }
    }

    private static var endingSignals: sigset_t {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
        return signals
    }

    /// True once the child has ended (its status is then in ``status``).
    var hasEnded: Bool {
        if status != nil { return true }
        var raw: Int32 = 0
        guard waitpid(pid, &raw, WNOHANG) == pid else { return false }
        finish(raw)
        return true
    }

    /// Kills the child's whole group and waits for it.
    func cancel() {
        guard status == nil else { return }
        kill(-pid, SIGKILL)
        waitUntilEnded()
    }

    /// Waits for the child to end by itself.
    func waitUntilEnded() {
        guard status == nil else { return }
        var raw: Int32 = 0
        while waitpid(pid, &raw, 0) < 0 && errno == EINTR {}
        finish(raw)
    }

    private func finish(_ raw: Int32) {
        status = raw
        if Self.runningGroup == pid { Self.runningGroup = 0 }
    }

    /// On SIGINT, SIGTERM or SIGHUP: kill the running renderer's group, then end as the signal would.
    private static let installHandlers: Void = {
        // A parent may have started the watcher with these blocked; they must reach the handlers.
        var ending = endingSignals
        pthread_sigmask(SIG_UNBLOCK, &ending, nil)
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                let group = RendererChild.runningGroup
                if group > 0 { kill(-group, SIGKILL) }
                var fallback = sigaction()
                sigemptyset(&fallback.sa_mask)
                sigaction(number, &fallback, nil)
                raise(number)
            }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, nil)
        }
    }()
}
