import KMapText

extension DiagramDecorations {
    /// A row a later stage adds under the picture's title block (``titleRows``).
    public enum TitleRow: Sendable {
        /// Markup, always shown.
        case markup(HTMLLabel)
        /// The items the picture does not draw, after `prefix`, as one line of small text in
        /// `color`: an item counts as drawn when one of its elements is. Left out when every item
        /// is drawn.
        case undrawn(prefix: String, items: [TitleItem], color: String)
    }

    /// Something a title row names unless the picture draws it.
    public struct TitleItem: Sendable {
        /// What the row says of the item (plain text; escaped when drawn).
        public var text: String
        /// The elements that show the item in the picture.
        public var elements: [DiagramElement]

        /// An item named by `text` unless one of `elements` is drawn.
        public init(_ text: String, shownBy elements: [DiagramElement]) {
            self.text = text
            self.elements = elements
        }
    }
}

extension DiagramDecorations.TitleRow {
    /// The row's markup in a picture that draws `drawn`; nil when the row is left out.
    func markup(drawing drawn: Set<DiagramElement>) -> String? {
        switch self {
        case .markup(let label):
            return label.markup
        case .undrawn(let prefix, let items, let color):
            let missing = items.filter { !$0.elements.contains(where: drawn.contains) }.map(\.text)
            guard !missing.isEmpty else { return nil }
            return NodeLabels.font(DOTText.htmlLabel(prefix + missing.joined(separator: ", ")), size: 9, color: color)
        }
    }
}

extension [DOTAttribute] {
    /// Adds rows under the graph's title block (its HTML label, kept as the first row); the
    /// label moves to the end of the attributes.
    mutating func appendTitleRows(_ rows: [String]) {
        var markup = "<TABLE BORDER=\"0\" CELLSPACING=\"2\">"
        if let index = firstIndex(where: { $0.name == "label" }) {
            if case .html(let label) = self[index].value { markup += "<TR><TD>\(label.markup)</TD></TR>" }
            remove(at: index)
        }
        for row in rows { markup += "<TR><TD>\(row)</TD></TR>" }
        append(DOTAttribute("label", .html(HTMLLabel(trustedMarkup: markup + "</TABLE>"))))
    }
}
