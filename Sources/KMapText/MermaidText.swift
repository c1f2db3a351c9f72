/// Escaping for Mermaid flowcharts.
public enum MermaidText {
    /// Characters written as Mermaid entity codes (`#35;`) inside quoted labels: the quote ends
    /// the label, `#` starts an entity, `<` `>` `&` would be read as HTML, and the others are
    /// Mermaid syntax.
    private static let encoded: Set<Unicode.Scalar> = [
        "\"", "#", "&", "<", ">", "`", "|", ";", "%", "[", "]", "{", "}", "(", ")", "\\", "*", "_", "~",
    ]

    /// `text` made inert inside a quoted Mermaid label; lines joined by `<br/>`.
    public static func label(_ lines: [String]) -> String {
        lines.map(escape).joined(separator: "<br/>")
    }

    /// `text` made inert inside a quoted Mermaid label.
    public static func escape(_ text: String) -> String {
        PlainText.escaping(text) { scalar in encoded.contains(scalar) ? "#\(scalar.value);" : nil }
    }

    /// `text` as a double-quoted YAML string (for the front matter title).
    public static func yamlQuoted(_ text: String) -> String {
        "\"" + PlainText.escaping(text) { scalar in scalar == "\"" || scalar == "\\" ? "\\" + String(scalar) : nil } + "\""
    }
}
