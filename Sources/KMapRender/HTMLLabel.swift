/// An HTML-like Graphviz label: markup whose text parts were escaped with ``escape(_:)``.
///
/// Graphviz interns label strings, so an HTML label and a plain label with the same text would
/// collide; diagrams always wrap the markup in an outer `<TABLE>` or `<FONT>` element.
public struct HTMLLabel: Hashable, Sendable {
    /// The markup, written between `<` and `>` in DOT.
    public let markup: String

    /// Wraps markup that is well-formed and whose text was escaped with ``escape(_:)``.
    public init(trustedMarkup markup: String) {
        self.markup = markup
    }

    /// `text` made inert inside HTML-like markup: `& < > " '` become entities, backslashes are
    /// doubled (Graphviz expands `\N` and `\G` even here), and control characters are cleaned.
    public static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in DisplayText.clean(text).unicodeScalars {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            case "\\": result += "\\\\"
            default: result.unicodeScalars.append(character)
            }
        }
        return result
    }

    /// Escaped lines of `text`, wrapped at `width` characters and joined by `<BR/>`.
    static func wrapped(_ text: String, width: Int) -> String {
        DisplayText.wrap(text, width: width).map(escape).joined(separator: "<BR/>")
    }
}
