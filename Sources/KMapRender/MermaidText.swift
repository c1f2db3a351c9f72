/// Escaping for Mermaid flowcharts.
enum MermaidText {
    /// Characters written as Mermaid entity codes (`#35;`) inside quoted labels: the quote ends
    /// the label, `#` starts an entity, `<` `>` `&` would be read as HTML, and the others are
    /// Mermaid syntax.
    private static let encoded: Set<Unicode.Scalar> = [
        "\"", "#", "&", "<", ">", "`", "|", ";", "%", "[", "]", "{", "}", "(", ")", "\\", "*", "_", "~",
    ]

    /// `text` made inert inside a quoted Mermaid label; lines joined by `<br/>`.
    static func label(_ lines: [String]) -> String {
        lines.map(escape).joined(separator: "<br/>")
    }

    /// `text` made inert inside a quoted Mermaid label.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for scalar in DisplayText.clean(text).unicodeScalars {
            if encoded.contains(scalar) {
                result += "#\(scalar.value);"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// `text` as a double-quoted YAML string (for the front matter title).
    static func yamlQuoted(_ text: String) -> String {
        var result = "\""
        for scalar in DisplayText.clean(text).unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
