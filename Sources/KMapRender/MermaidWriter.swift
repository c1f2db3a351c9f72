import KMapModel

/// Writes a map's diagram as a Mermaid flowchart: in the waves view one subgraph per phase, in
/// the stakeholder view one subgraph per group. Node ids are opaque (`a3`, `r0`); every label is
/// quoted and escaped.
public enum MermaidWriter {
    /// The Mermaid text of the diagram `options` describe.
    /// - Throws: ``RenderError/unknownFocus(_:suggestions:)`` when `options.focus` names nothing.
    public static func flowchart(for input: DiagramInput, options: DiagramOptions) throws(RenderError) -> String {
        let scope = try DiagramScope.resolve(options.focus, in: input)
        var chart = MermaidChart(title: input.map.title)
        switch options.view {
        case .waves:
            if options.collapsesWaves(activityCount: input.map.activities.count, wholeMap: scope.isWhole) {
                collapsedWaves(input, options: options, into: &chart)
            } else {
                waves(input, options: options, scope: scope, into: &chart)
            }
        case .stakeholders:
            MermaidStakeholders.write(input, options: options, scope: scope, into: &chart)
        }
        return chart.text
    }

    private static func waves(
        _ input: DiagramInput, options: DiagramOptions, scope: DiagramScope, into chart: inout MermaidChart
    ) {
        let map = input.map
        let marks = DiagramMarks(input: input, enabled: options.showGaps)
        var phaseNodes = Array(repeating: [String](), count: map.framework.phases.count)
        for (index, activity) in map.activities.withModelIndices where scope.contains(.activity(index), in: map) {
            var lines = [activity.label]
            if let cadence = activity.cadence { lines.append("every \(cadence)") }
            let findings = marks.of(.activity(activity.id))
            lines += findings.map { "\($0.code) \($0.slug)" }
            let classes = (activity.status == .planned ? ["planned"] : []) + (findings.isEmpty ? [] : ["finding"])
            phaseNodes[activity.phase].append(MermaidChart.node("a\(index)", lines, shape: .box, classes: classes))
        }
        if options.showGaps {
            for (row, wave) in input.waves.enumerated() where scope.showsGaps(ofWave: row) {
                for phase in wave.missingPhases where phaseNodes.indices.contains(phase) {
                    let label = ["missing: \(map.framework.phases[phase])", wave.label]
                    let ghost = MermaidChart.node("g\(row)p\(phase)", label, shape: .box, classes: ["gap"])
                    phaseNodes[phase].append(ghost)
                }
            }
        }
        for (phase, nodes) in phaseNodes.enumerated() {
            let title = map.framework.phases[phase]
            chart.subgraph("p\(phase)", title: title, nodes: nodes, fill: Palette.fill(forPhase: phase))
        }
        for (index, repository) in map.repositories.withModelIndices where scope.contains(.repository(index), in: map) {
            let findings = marks.of(.repository(repository.id))
            let lines = [repository.label] + findings.map { "\($0.code) \($0.slug)" }
            let classes = findings.isEmpty ? [] : ["finding"]
            chart.lines.append("  " + MermaidChart.node("r\(index)", lines, shape: .cylinder, classes: classes))
        }
        let columns = ColumnLayout(map: map)
        for flow in map.flows where scope.contains(flow.from, in: map) && scope.contains(flow.to, in: map) {
            let backward = columns.column(of: flow.to, in: map) < columns.column(of: flow.from, in: map)
            chart.edge(from: name(flow.from), to: name(flow.to), label: flow.label, style: backward ? .dashed : .solid)
        }
        var summary = "\(input.waves.filter(\.isComplete).count) of \(input.waves.count) waves complete"
        if !options.showGaps { summary = "\(input.waves.count) waves" }
        chart.comment(summary)
    }

    private static func collapsedWaves(_ input: DiagramInput, options: DiagramOptions, into chart: inout MermaidChart) {
        let map = input.map
        let collapsed = WaveLinks(input: input, maximumWaves: CollapsedDiagram.maximumWaves)
        for (row, wave) in input.waves.prefix(collapsed.shownWaves).enumerated() {
            let reached = map.framework.phases.count - wave.missingPhases.count
            let progress = "\(reached) of \(map.framework.phases.count) phases"
            let lines = options.showGaps ? [wave.label, progress] : [wave.label]
            let classes = options.showGaps && !wave.isComplete ? ["finding"] : []
            chart.lines.append("  " + MermaidChart.node("w\(row)", lines, shape: .box, classes: classes))
        }
        for index in collapsed.repositories {
            chart.lines.append("  " + MermaidChart.node("r\(index)", [map.repositories[index].label], shape: .cylinder))
        }
        for link in collapsed.links {
            chart.edge(from: link.from.name, to: link.to.name, label: link.count > 1 ? "×\(link.count)" : nil, style: .solid)
        }
        chart.comment("\(map.activities.count) activities, collapsed to one node per wave")
    }

    private static func name(_ node: NodeRef) -> String {
        switch node {
        case .activity(let index): "a\(index)"
        case .repository(let index): "r\(index)"
        }
    }
}
