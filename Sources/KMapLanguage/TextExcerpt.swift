/// Caps text quoted back to someone (a source line under a diagnostic, a library's error that
/// quotes the input), so one 500 KB line or a million errors never floods the terminal.
public enum TextExcerpt {
    /// The most characters of one line that are shown.
    public static let lineLimit = 240
    /// The most lines of one excerpt that are shown.
    public static let lineCount = 12

    /// `text` with every line cut to `lineLimit` characters (marked with `…`) and at most
    /// `lineCount` lines (the rest counted in a last line). Linear in the text shown.
    public static func capped(_ text: String, lineLimit: Int = lineLimit, lineCount: Int = lineCount) -> String {
        var shown: [Substring] = []
        var hidden = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if shown.count == lineCount { hidden += 1; continue }
            shown.append(cut(line, to: lineLimit))
        }
        let body = shown.joined(separator: "\n")
        return hidden == 0 ? body : body + "\n… \(hidden) more line\(hidden == 1 ? "" : "s")"
    }

    /// `line` cut to `limit` characters, ending in `…` when something was left out.
    public static func cut(_ line: Substring, to limit: Int) -> Substring {
        guard let end = line.index(line.startIndex, offsetBy: limit, limitedBy: line.endIndex), end != line.endIndex else { return line }
        return line[..<end] + "…"
    }
}
