/// Escaping for XML and HTML: SVG text and attributes, HTML reports and pages.
public enum XMLText {
    /// `text` as XML or HTML character data or a quoted attribute value: cleaned
    /// (``PlainText/clean(_:)``), then `& < > " '` written as entities.
    public static func escape(_ text: String) -> String {
        PlainText.escaping(text, entity)
    }

    /// The entity written for `scalar`, or nil when it is written as is.
    static func entity(_ scalar: Unicode.Scalar) -> String? {
        switch scalar {
        case "&": "&amp;"
        case "<": "&lt;"
        case ">": "&gt;"
        case "\"": "&quot;"
        case "'": "&#39;"
        default: nil
        }
    }
}
