import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How long, and how much memory, a diagram layout may take before the command gives up on it.
///
/// ``LayoutBudget`` refuses graphs that are plainly too large before Graphviz starts; these limits
/// catch the layouts the estimate lets through and that still run away. Graphviz cannot be
/// interrupted in the middle of a layout, so a layout past a limit ends the command: a message
/// naming the ways to draw less, and exit status 2. Nothing has been written by then (outputs are
/// written after the layout), so no output is left half done.
struct LayoutLimits: ParsableArguments {
    @Option(help: ArgumentHelp("Give up on a diagram layout that runs longer than this.", valueName: "seconds"))
    var layoutTimeout = 300.0

    @Option(help: ArgumentHelp("Give up on a diagram layout once the process uses this much memory. Default: half of the machine's memory.", valueName: "MiB"))
    var layoutMemory: Int?

    func validate() throws {
        guard layoutTimeout > 0 else { throw ValidationError("--layout-timeout must be positive") }
        guard layoutMemory.map({ $0 > 0 }) ?? true else { throw ValidationError("--layout-memory must be positive") }
    }

    /// The memory limit in bytes.
    var memoryBytes: Int {
        if let layoutMemory { return layoutMemory << 20 }
        return Int(ProcessInfo.processInfo.physicalMemory / 2)
    }

    /// The arguments that reproduce these limits on another `kmap render` command line.
    var arguments: [String] {
        ["--layout-timeout", String(layoutTimeout)] + (layoutMemory.map { ["--layout-memory", String($0)] } ?? [])
    }

    /// Runs `layout`, ending the process with exit status 2 and a message if it passes a limit
    /// before it returns.
    func guarding<Result, Failure: Error>(_ layout: () throws(Failure) -> Result) throws(Failure) -> Result {
        let watchdog = LayoutWatchdog(seconds: layoutTimeout, bytes: memoryBytes)
        watchdog.start()
        defer { watchdog.stop() }
        return try layout()
    }
}

/// A thread that looks at the clock and the process's resident memory every 20 ms while a layout
/// runs, and ends the process when either passes its limit.
private final class LayoutWatchdog: @unchecked Sendable {
    private let seconds: Double
    private let bytes: Int
    private let stopped = NSCondition()
    private var isStopped = false

    init(seconds: Double, bytes: Int) {
        self.seconds = seconds
        self.bytes = bytes
    }

    func start() {
        let deadline = Date().addingTimeInterval(seconds)
        Thread.detachNewThread { [self] in
            stopped.lock()
            defer { stopped.unlock() }
            while !isStopped {
                if Date() >= deadline {
                    end("the diagram layout ran past \(Self.figure(seconds)) s (--layout-timeout)")
                }
                if let resident = Self.residentBytes(), resident > bytes {
                    end("the diagram layout used more than \(bytes >> 20) MiB (--layout-memory)")
                }
                _ = stopped.wait(until: min(deadline, Date().addingTimeInterval(0.02)))
            }
        }
    }

    func stop() {
        stopped.lock()
        isStopped = true
        stopped.signal()
        stopped.unlock()
    }

    /// Prints why and exits with status 2, without unwinding the thread still inside Graphviz.
    private func end(_ reason: String) -> Never {
        let message = "kmap: error: \(reason); draw less with --focus ID or the collapsed view (without --full), or raise the limit\n"
        message.utf8CString.withUnsafeBufferPointer { _ = write(2, $0.baseAddress, $0.count - 1) }
        _exit(2)
    }

    private static func figure(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
    }

    /// Resident memory from `/proc/self/statm` (its second field, in pages).
    private static func residentBytes() -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return nil }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
