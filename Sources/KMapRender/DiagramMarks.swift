import KMapModel

/// The findings a picture draws, read from the decoration overlay (``DiagramDecorations/findings``).
struct DiagramMarks {
    private let byElement: [DiagramElement: [DiagramMark]]
    /// How many findings are drawn.
    let count: Int

    /// The overlay's findings; with `enabled` false (gaps hidden) nothing is marked.
    init(input: DiagramInput, enabled: Bool) {
        byElement = enabled ? input.decorations.findings : [:]
        count = enabled ? input.decorations.findingCount : 0
    }

    /// The findings drawn on `element`, in the order they were added.
    func of(_ element: DiagramElement) -> [DiagramMark] {
        byElement.isEmpty ? [] : byElement[element] ?? []
    }
}
