import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The temporary files ``FileWriter`` writes before renaming them into place: recognisable names
/// (`.NAME.kmap-tmp-PID-RANDOM`), removed when SIGINT, SIGTERM or SIGHUP ends the process
/// mid-write, and removed by a later write when a SIGKILL left them behind.
enum TemporaryFiles {
    /// The marker between the destination's name and the writer's process id.
    static let marker = ".kmap-tmp-"
    /// How many writes may be in flight at once and still be cleaned up on a signal.
    private static let slotCount = 16
    private static let slotSize = Int(PATH_MAX) + 1
    private static let lock = NSLock()
    /// Paths in flight as C strings (the signal handler may only read memory, never allocate).
    nonisolated(unsafe) private static let slots: UnsafeMutablePointer<CChar> = {
        let memory = UnsafeMutablePointer<CChar>.allocate(capacity: slotCount * slotSize)
        memory.initialize(repeating: 0, count: slotCount * slotSize)
        installHandlers()
        return memory
    }()
    /// The actions the handlers replaced, by signal number, to run after cleaning up.
    nonisolated(unsafe) private static let previous: UnsafeMutablePointer<sigaction> = {
        let memory = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)
        memory.initialize(repeating: sigaction(), count: 65)
        return memory
    }()

    /// A fresh temporary path for `name` in `folder`.
    static func path(in folder: String, for name: String) -> String {
        let file = ".\(name)\(marker)\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        return folder.isEmpty ? file : (folder as NSString).appendingPathComponent(file)
    }

    /// Notes that `path` is being written, so a signal removes it.
    static func register(_ path: String) {
        lock.withLock {
            for slot in 0..<slotCount where slots[slot * slotSize] == 0 {
                _ = path.withCString { strncpy(slots + slot * slotSize, $0, slotSize - 1) }
                return
            }
        }
    }

    /// Notes that `path` was renamed into place or removed.
    static func unregister(_ path: String) {
        lock.withLock {
            for slot in 0..<slotCount where String(cString: slots + slot * slotSize) == path {
                slots[slot * slotSize] = 0
            }
        }
    }

    /// Removes temporary files for `name` in `folder` whose writer is no longer running.
    static func removeStale(in folder: String, for name: String) {
        let prefix = ".\(name)\(marker)"
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for entry in entries where entry.hasPrefix(prefix) {
            let rest = entry.dropFirst(prefix.count)
            guard let pid = rest.split(separator: "-").first.flatMap({ pid_t($0) }), pid > 0 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink((folder as NSString).appendingPathComponent(entry)) }
        }
    }

    private static func installHandlers() {
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { number in
                TemporaryFiles.removeAllInFlight()
                TemporaryFiles.passOn(number)
            }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, previous + Int(signal))
        }
    }

    /// Unlinks every path in flight (async-signal-safe: reads the slots and calls `unlink`).
    private static func removeAllInFlight() {
        for slot in 0..<slotCount where slots[slot * slotSize] != 0 {
            unlink(slots + slot * slotSize)
        }
    }

    /// Runs what the signal did before: the default action ends the process as the signal would.
    private static func passOn(_ number: Int32) {
        guard number > 0 && number < 65 else { return }
        var old = previous[Int(number)]
        let handler = unsafeBitCast(old.__sigaction_handler.sa_handler, to: Int.self)
        if handler == unsafeBitCast(SIG_IGN, to: Int.self) { return }
        if handler == unsafeBitCast(SIG_DFL, to: Int.self) || handler == 0 {
            sigaction(number, &old, nil)
            raise(number)
            return
        }
        old.__sigaction_handler.sa_handler?(number)
    }
}
