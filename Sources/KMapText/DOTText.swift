/// Escaping for Graphviz DOT: quoted strings and HTML-like labels.
public enum DOTText {
    /// `text` as a quoted DOT string that Graphviz draws exactly as written: quotes and
    /// backslashes are escaped (Graphviz expands `\N`, `\G`, `\n` in labels), `&` becomes `&amp;`
    /// (Graphviz decodes entities in labels), and control characters are cleaned.
    public static func quoted(_ text: String) -> String {
        let escaped = PlainText.escaping(text) { scalar in
            switch scalar {
            case "\"": "\\\""
            case "\\": "\\\\"
            case "&": "&amp;"
            default: nil
            }
        }
        return "\"" + escaped + "\""
    }

    /// `text` made inert inside an HTML-like label: the XML entities of ``XMLText``, and
    /// backslashes doubled (Graphviz expands `\N` and `\G` even here).
    public static func htmlLabel(_ text: String) -> String {
        PlainText.escaping(text) { scalar in scalar == "\\" ? "\\\\" : XMLText.entity(scalar) }
    }
}
