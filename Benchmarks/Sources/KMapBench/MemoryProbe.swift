import Foundation

/// This process's resident memory, read from Linux's `/proc/self/status` (zero elsewhere).
///
/// The peak (`VmHWM`) can be reset to the current resident size by writing `5` to
/// `/proc/self/clear_refs`, which gives each measured stage its own peak.
enum MemoryProbe {
    /// Resident set size now, in bytes.
    static func residentBytes() -> Int { statusField("VmRSS:") }

    /// The highest resident set size since the process started or the peak was last reset.
    static func peakBytes() -> Int { statusField("VmHWM:") }

    /// Lowers the recorded peak to the current resident size.
    static func resetPeak() {
        let descriptor = open("/proc/self/clear_refs", O_WRONLY)
        guard descriptor >= 0 else { return }
        _ = write(descriptor, "5", 1)
        close(descriptor)
    }

    private static func statusField(_ name: String) -> Int {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
        for line in status.split(separator: "\n") where line.hasPrefix(name) {
            let kilobytes = line.dropFirst(name.count).split { $0 == " " || $0 == "\t" }.first.flatMap { Int($0) } ?? 0
            return kilobytes * 1024
        }
        return 0
    }
}
