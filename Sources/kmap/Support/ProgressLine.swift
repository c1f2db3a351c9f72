import Glibc

/// A one-line note on standard error of what a long command is doing ("laying out 3,000
/// activities…"), rewritten in place and cleared when the work is done. Only on a terminal:
/// when standard error is a pipe or a file nothing is written, so logs and scripts see only the
/// results.
struct ProgressLine {
    private let enabled: Bool
    private var shown = false

    init(enabled: Bool = isatty(STDERR_FILENO) == 1) {
        self.enabled = enabled
    }

    /// Replaces the line with `text`.
    mutating func show(_ text: String) {
        guard enabled else { return }
        Terminal.printError("\r\u{1B}[K" + text)
        shown = true
    }

    /// Removes the line, leaving the cursor where it was before the first ``show(_:)``.
    mutating func clear() {
        guard enabled, shown else { return }
        Terminal.printError("\r\u{1B}[K")
        shown = false
    }

    /// `1 activity`, `3,000 activities`.
    static func activities(_ count: Int) -> String {
        var digits = String(count)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        return digits + grouped + (count == 1 ? " activity" : " activities")
    }
}
