import KMapText

/// An HTML-like Graphviz label: markup whose text parts were escaped with ``DOTText/htmlLabel(_:)``.
///
/// Graphviz interns label strings, so an HTML label and a plain label with the same text would
/// collide; diagrams always wrap the markup in an outer `<TABLE>` or `<FONT>` element.
public struct HTMLLabel: Hashable, Sendable {
    /// The markup, written between `<` and `>` in DOT.
    public let markup: String

    /// Wraps markup that is well-formed and whose text was escaped with ``DOTText/htmlLabel(_:)``.
    public init(trustedMarkup markup: String) {
        self.markup = markup
    }

    /// Escaped lines of `text`, wrapped at `width` characters and joined by `<BR/>`.
    static func wrapped(_ text: String, width: Int) -> String {
        var markup = ""
        for (index, line) in DisplayText.wrap(text, width: width).enumerated() {
            if index > 0 { markup += "<BR/>" }
            markup += DOTText.htmlLabel(line)
        }
        return markup
    }
}
