/// Builds the DOT text of a map's diagram; the DOT is pure Swift and deterministic.
public enum DiagramBuilder {
    /// The diagram of `input`: the DOT graph, with `input.decorations` applied, and what it draws.
    /// - Throws: ``RenderError/unknownFocus(_:suggestions:)`` when `options.focus` names nothing.
    public static func diagram(for input: DiagramInput, options: DiagramOptions) throws(RenderError) -> Diagram {
        let scope = try DiagramScope.resolve(options.focus, in: input)
        switch options.view {
        case .waves:
            if options.collapsesWaves(activityCount: input.map.activities.count, wholeMap: scope.isWhole) {
                return CollapsedDiagram(input: input, options: options).diagram()
            }
            return WavesDiagram(input: input, options: options, scope: scope).diagram()
        case .stakeholders:
            return StakeholderDiagram(input: input, options: options, scope: scope).diagram()
        }
    }

    /// The diagram of `input` as a DOT graph.
    /// - Throws: ``RenderError/unknownFocus(_:suggestions:)`` when `options.focus` names nothing.
    public static func graph(for input: DiagramInput, options: DiagramOptions) throws(RenderError) -> DOTGraph {
        try diagram(for: input, options: options).graph
    }

    /// The diagram of `input` as DOT text.
    public static func dot(for input: DiagramInput, options: DiagramOptions) throws(RenderError) -> String {
        DOTWriter.write(try graph(for: input, options: options))
    }
}
