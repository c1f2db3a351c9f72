import KMapModel
import KMapText

/// The waves view of a large map: one node per wave showing which phases it reaches, plus the
/// repositories, with flows between them added up.
struct CollapsedDiagram {
    let input: DiagramInput
    let options: DiagramOptions
    /// Waves drawn at most; the summary line counts the rest.
    static let maximumWaves = 400
    /// Waves linked to nothing are laid out in rows of this many, not in one tall column.
    static let gridWidth = 6

    private var map: KMap { input.map }

    func diagram() -> Diagram {
        let collapsed = WaveLinks(input: input, maximumWaves: Self.maximumWaves)
        var canvas = DiagramCanvas(decorations: input.decorations)
        var graph = DOTGraph()
        for (row, wave) in input.waves.prefix(collapsed.shownWaves).enumerated() {
            graph.nodes.append(canvas.node(.wave(wave.id), name: "w\(row)", [
                DOTAttribute("label", .html(waveLabel(wave))),
                .text("shape", "plain"),
            ]))
        }
        for index in collapsed.repositories {
            graph.nodes.append(canvas.node(.repository(map.repositories[index].id), name: "r\(index)", [
                DOTAttribute("label", .html(NodeLabels.repository(map.repositories[index], in: map, findings: []))),
                .text("shape", "cylinder"),
            ]))
        }
        for link in collapsed.links {
            var attributes: [DOTAttribute] = []
            if link.count > 1 { attributes.append(.text("label", "×\(link.count)")) }
            graph.edges.append(canvas.edge(link.element, from: link.from.name, to: link.to.name, attributes))
        }
        graph.edges += gridEdges(collapsed)
        let title = title(shownWaves: collapsed.shownWaves)
        graph.attributes = canvas.box(.picture(.collapsedWaves), DiagramStyle.graphAttributes(title: title, nodeCount: graph.nodeCount))
        graph.nodeDefaults = DiagramStyle.nodeDefaults
        graph.edgeDefaults = DiagramStyle.edgeDefaults
        return canvas.finish(graph)
    }

    /// Invisible edges chaining the waves that no link touches into rows of ``gridWidth``.
    /// (Graphviz's `pack` would do this, but `dot` 2.42 crashes with it.)
    private func gridEdges(_ collapsed: WaveLinks) -> [DOTEdge] {
        let linked = Set(collapsed.links.flatMap { [$0.from.name, $0.to.name] })
        let isolated = (0..<collapsed.shownWaves).map { "w\($0)" }.filter { !linked.contains($0) }
        return isolated.indices.dropFirst().compactMap { index in
            guard index % Self.gridWidth != 0 else { return nil }
            return DOTEdge(from: isolated[index - 1], to: isolated[index], [.text("style", "invis")])
        }
    }

    /// The wave's label over one cell per phase: filled when reached, a red cross when missing.
    private func waveLabel(_ wave: DiagramWave) -> HTMLLabel {
        let phases = map.framework.phases
        let missing = Set(options.showGaps ? wave.missingPhases : [])
        let name = HTMLLabel.wrapped(wave.label, width: 30)
        var markup = "<TABLE BORDER=\"1\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\" STYLE=\"rounded\""
        markup += " BGCOLOR=\"white\"><TR><TD COLSPAN=\"\(phases.count)\" BORDER=\"0\"><B>\(name)</B></TD></TR><TR>"
        for (phase, name) in phases.enumerated() {
            let short = DOTText.htmlLabel(String(name.prefix(4)))
            if missing.contains(phase) {
                let cross = NodeLabels.font("× \(short)", size: 8, color: Palette.gap)
                markup += "<TD COLOR=\"\(Palette.gap)\">\(cross)</TD>"
            } else {
                markup += "<TD BGCOLOR=\"\(Palette.fill(forPhase: phase))\">\(NodeLabels.font(short, size: 8))</TD>"
            }
        }
        markup += "</TR></TABLE>"
        return HTMLLabel(trustedMarkup: markup)
    }

    private func title(shownWaves: Int) -> HTMLLabel {
        var summary = "\(map.activities.count) activities, collapsed to one node per wave"
        if options.showGaps {
            summary += " · \(input.waves.filter(\.isComplete).count) of \(input.waves.count) waves complete"
        }
        if shownWaves < input.waves.count { summary += " · first \(shownWaves) waves shown" }
        let legend = TitleBlock.collapsedLegend(showGaps: options.showGaps)
        return TitleBlock.label(map: map, summary: summary, legend: legend)
    }
}
