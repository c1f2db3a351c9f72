import KMapModel

/// The waves view of a large map: one node per wave showing which phases it reaches, plus the
/// repositories, with flows between them added up.
struct CollapsedDiagram {
    let input: DiagramInput
    let options: DiagramOptions
    /// Waves drawn at most; the summary line counts the rest.
    static let maximumWaves = 400

    private var map: KMap { input.map }

    func graph() -> DOTGraph {
        let collapsed = WaveLinks(input: input, maximumWaves: Self.maximumWaves)
        var graph = DOTGraph()
        for (row, wave) in input.waves.prefix(collapsed.shownWaves).enumerated() {
            graph.nodes.append(DOTNode("w\(row)", [
                .text("id", "wave-\(wave.id)"),
                DOTAttribute("label", .html(waveLabel(wave))),
                .text("shape", "plain"),
            ]))
        }
        for index in collapsed.repositories {
            graph.nodes.append(DOTNode("r\(index)", [
                .text("id", "repo-\(map.repositories[index].id)"),
                DOTAttribute("label", .html(NodeLabels.repository(map.repositories[index], in: map, findings: []))),
                .text("shape", "cylinder"),
            ]))
        }
        for link in collapsed.links {
            var attributes: [DOTAttribute] = []
            if link.count > 1 { attributes.append(.text("label", "×\(link.count)")) }
            graph.edges.append(DOTEdge(from: link.from, to: link.to, attributes))
        }
        graph.attributes = DiagramStyle.graphAttributes(id: "kmap-waves-collapsed", title: title(shownWaves: collapsed.shownWaves))
        graph.nodeDefaults = DiagramStyle.nodeDefaults
        graph.edgeDefaults = DiagramStyle.edgeDefaults
        return graph
    }

    /// The wave's label over one cell per phase: filled when reached, a red cross when missing.
    private func waveLabel(_ wave: DiagramWave) -> HTMLLabel {
        let phases = map.framework.phases
        let missing = Set(options.showGaps ? wave.missingPhases : [])
        var markup = "<TABLE BORDER=\"1\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"3\" STYLE=\"rounded\" BGCOLOR=\"white\">"
        markup += "<TR><TD COLSPAN=\"\(phases.count)\" BORDER=\"0\"><B>\(HTMLLabel.wrapped(wave.label, width: 30))</B></TD></TR><TR>"
        for (phase, name) in phases.enumerated() {
            let short = HTMLLabel.escape(String(name.prefix(4)))
            if missing.contains(phase) {
                markup += "<TD COLOR=\"\(Palette.gap)\"><FONT POINT-SIZE=\"8\" COLOR=\"\(Palette.gap)\">× \(short)</FONT></TD>"
            } else {
                markup += "<TD BGCOLOR=\"\(Palette.fill(forPhase: phase))\"><FONT POINT-SIZE=\"8\">\(short)</FONT></TD>"
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
        return TitleBlock.label(map: map, summary: summary, legend: [])
    }
}
