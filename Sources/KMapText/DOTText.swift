/// Escaping for Graphviz DOT: quoted strings and HTML-like labels.
public enum DOTText {
    /// `text` as a quoted DOT string that Graphviz draws exactly as written: quotes and
    /// backslashes are escaped (Graphviz expands `\N`, `\G`, `\n` in labels), `&` becomes `&amp;`
    /// (Graphviz decodes entities in labels), and control characters are cleaned.
    public static func quoted(_ text: String) -> String {
        "\"" + escaped(text) + "\""
    }

    /// Appends ``quoted(_:)`` of `text` to UTF-8 `bytes`, without building the quoted string.
    public static func appendQuoted(_ text: String, to bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: escaped(text).utf8)
        bytes.append(UInt8(ascii: "\""))
    }

    private static func escaped(_ text: String) -> String {
        PlainText.escaping(text) { scalar in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "&": "&amp;"
            default: nil
            }
        }
    }

    /// `text` made inert inside an HTML-like label: the XML entities of ``XMLText``, and
    /// backslashes doubled (Graphviz expands `\N` and `\G` even here).
    public static func htmlLabel(_ text: String) -> String {
        PlainText.escaping(text) { scalar in scalar == "\\" ? "\\\\" : XMLText.entity(scalar) }
    }
}
