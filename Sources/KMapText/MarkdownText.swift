/// Escaping for text from a map placed in Markdown: it must read as the same text in any
/// CommonMark or GitHub renderer, never as markup, HTML, a link or a table column break.
public enum MarkdownText {
    /// Inline text: characters that start emphasis, code, links, tables or strikethrough are
    /// backslash-escaped; `<`, `>` and `&` become entities, so no HTML survives; control characters
    /// are cleaned (``PlainText/clean(_:)``); a leading character that would open a block
    /// (heading, list, quote) is escaped too.
    public static func inline(_ text: String) -> String {
        let escaped = PlainText.escaping(text) { scalar in
            switch scalar {
            case "\\", "`", "*", "_", "[", "]", "|", "~": "\\" + String(scalar)
            case "<", ">", "&": XMLText.entity(scalar)
            default: nil
            }
        }
        return escapingBlockStart(escaped)
    }

    /// Text that is Markdown already (it may hold code spans or emphasis) placed in a table cell:
    /// control characters cleaned and `|` escaped, so it stays in its column.
    public static func tableCell(markup: String) -> String {
        PlainText.escaping(markup) { scalar in scalar == "|" ? "\\|" : nil }
    }

    /// Text in a code span, delimited by more backticks than it contains in a row.
    public static func code(_ text: String) -> String {
        let flat = PlainText.clean(text)
        let fence = String(repeating: "`", count: longestBacktickRun(in: flat) + 1)
        let padding = flat.hasPrefix("`") || flat.hasSuffix("`") || flat.hasPrefix(" ") ? " " : ""
        return fence + padding + flat + padding + fence
    }

    /// A fenced code block around `lines`, with a fence longer than any backtick run inside.
    public static func codeBlock(_ lines: [String], language: String = "") -> [String] {
        let longest = lines.map(longestBacktickRun(in:)).max() ?? 0
        let fence = String(repeating: "`", count: max(3, longest + 1))
        return [fence + language] + lines + [fence]
    }

    /// A link destination: everything outside unreserved characters and `/` percent-encoded, so
    /// spaces, parentheses and angle brackets cannot end or break the link.
    public static func destination(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            let isSafe = (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
                || "-._~/".utf8.contains(byte)
            if isSafe {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    /// Escapes a first character that would open a heading, list, quote or thematic break, and
    /// the dot or parenthesis of a leading number (`1.` would start an ordered list).
    private static func escapingBlockStart(_ text: String) -> String {
        guard let first = text.unicodeScalars.first else { return text }
        if "#+-=".unicodeScalars.contains(first) { return "\\" + text }
        let digits = text.unicodeScalars.prefix { $0.properties.numericType == .decimal && $0.isASCII }
        guard !digits.isEmpty else { return text }
        let rest = text.unicodeScalars.dropFirst(digits.count)
        guard let marker = rest.first, marker == "." || marker == ")" else { return text }
        return String(String.UnicodeScalarView(digits)) + "\\" + String(String.UnicodeScalarView(rest))
    }

    private static func longestBacktickRun(in text: String) -> Int {
        var longest = 0
        var run = 0
        for scalar in text.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        return longest
    }
}
