import KMapText

/// What a later stage adds to a diagram: marks and findings on the elements the builder draws, ghosts of
/// things the map no longer has, and rows under the title block. The builders apply it while they build (``DiagramInput/decorations``),
/// so nothing edits a built graph or looks elements up by their spelled ids.
///
/// A mark for an element the picture does not draw is ignored, as is a ghost edge whose ends are
/// not both drawn; ``Diagram/elements`` says what was.
public struct DiagramDecorations: Sendable {
    /// One change to a drawn element: attributes replaced (or added), then rows of markup added
    /// under its label.
    public struct Mark: Sendable {
        public var attributes: [DOTAttribute]
        /// Rows under the element's label (a plain label is kept as the first row).
        public var labelRows: [HTMLLabel]

        public init(attributes: [DOTAttribute] = [], labelRows: [HTMLLabel] = []) {
            self.attributes = attributes
            self.labelRows = labelRows
        }
    }

    /// Where a ghost node goes.
    public enum Placement: Sendable {
        /// In the column of the named phase; dropped when the picture has no column for it.
        case phase(String)
        /// Anywhere in a picture with phase columns; dropped from the others.
        case withPhaseColumns
    }

    /// A node that is not in the map, drawn beside the ones that are.
    public struct GhostNode: Sendable {
        public var element: DiagramElement
        public var placement: Placement
        public var attributes: [DOTAttribute]
        public var labelRows: [HTMLLabel]

        public init(_ element: DiagramElement, placement: Placement, attributes: [DOTAttribute], labelRows: [HTMLLabel]) {
            self.element = element
            self.placement = placement
            self.attributes = attributes
            self.labelRows = labelRows
        }
    }

    /// An edge that is not in the map, between two drawn elements (nodes or ghosts).
    public struct GhostEdge: Sendable {
        public var element: DiagramElement
        public var from: DiagramElement
        public var to: DiagramElement
        public var attributes: [DOTAttribute]

        public init(_ element: DiagramElement, from: DiagramElement, to: DiagramElement, attributes: [DOTAttribute]) {
            self.element = element
            self.from = from
            self.to = to
            self.attributes = attributes
        }
    }

    /// Marks by element, applied in the order they were added.
    public private(set) var marks: [DiagramElement: [Mark]] = [:]
    /// Findings drawn on elements (a red outline, and the finding's code under the label), by
    /// element, in the order they were added.
    public private(set) var findings: [DiagramElement: [DiagramMark]] = [:]
    /// How many findings the picture reports, drawn on an element or not (its title counts them).
    public private(set) var findingCount = 0
    /// Ghost nodes, drawn in this order after the map's nodes.
    public var ghostNodes: [GhostNode] = []
    /// Ghost edges, drawn in this order after the map's flows.
    public var ghostEdges: [GhostEdge] = []
    /// Rows under the picture's title block, in this order (see ``TitleRow``).
    public var titleRows: [TitleRow] = []

    /// No decoration.
    public init() {}

    /// Adds a mark to `element` (after the marks it already has).
    public mutating func mark(_ element: DiagramElement, _ mark: Mark) {
        marks[element, default: []].append(mark)
    }

    /// Adds a finding, drawn on each of `elements` that the picture draws.
    public mutating func markFinding(_ finding: DiagramMark, on elements: [DiagramElement]) {
        findingCount += 1
        for element in elements { findings[element, default: []].append(finding) }
    }

    /// The attributes of `element` with its id first and its marks applied.
    func attributes(of element: DiagramElement, _ attributes: [DOTAttribute]) -> [DOTAttribute] {
        var result: [DOTAttribute] = []
        result.reserveCapacity(attributes.count + 1)
        result.append(.text("id", element.id))
        result.append(contentsOf: attributes)
        guard !marks.isEmpty else { return result }
        for mark in marks[element] ?? [] {
            for attribute in mark.attributes { result.replace(attribute) }
            result.appendLabelRows(mark.labelRows)
        }
        return result
    }
}

extension [DOTAttribute] {
    /// Replaces the attribute of the same name (or adds it at the end).
    mutating func replace(_ attribute: DOTAttribute) {
        removeAll { $0.name == attribute.name }
        append(attribute)
    }

    /// Adds rows of markup under the HTML label (a plain label is kept as the first row).
    mutating func appendLabelRows(_ rows: [HTMLLabel]) {
        guard !rows.isEmpty else { return }
        var first = ""
        if let index = firstIndex(where: { $0.name == "label" }) {
            switch self[index].value {
            case .html(let label): first = label.markup
            case .text(let text): first = DOTText.htmlLabel(text)
            }
            remove(at: index)
        }
        var markup = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
        for row in [first] + rows.map(\.markup) where !row.isEmpty { markup += "<TR><TD>\(row)</TD></TR>" }
        append(DOTAttribute("label", .html(HTMLLabel(trustedMarkup: markup + "</TABLE>"))))
    }
}
