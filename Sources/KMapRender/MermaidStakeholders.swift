import KMapModel

/// The stakeholder view as a Mermaid flowchart: one subgraph per shared group.
enum MermaidStakeholders {
    static func write(
        _ input: DiagramInput, options: DiagramOptions, scope: DiagramScope, into chart: inout MermaidChart
    ) {
        let map = input.map
        let selection = StakeholderSelection(input: input, options: options, scope: scope)
        let marks = DiagramMarks(input: input, enabled: options.showGaps)
        var groupOrder: [String] = []
        var grouped: [String: [String]] = [:]
        var deFactoFills: [String] = []
        for index in selection.shown {
            let stakeholder = map.stakeholders[index]
            let isDeFacto = selection.deFactoBrokers.contains(index)
            let findings = marks.of(.stakeholder(stakeholder.id))
            let role = selection.role(of: index, in: map)
            let lines = [stakeholder.label] + (role.map { [$0] } ?? []) + findings.map { "\($0.code) \($0.slug)" }
            // As in the DOT view: a finding outlines the node in red, else a declared broker is
            // outlined in orange; a de-facto broker is filled, whatever its outline.
            let classes = !findings.isEmpty ? ["finding"] : stakeholder.isBroker ? ["broker"] : []
            let node = MermaidChart.node("s\(index)", lines, shape: .rounded, classes: classes)
            if isDeFacto { deFactoFills.append("  style s\(index) fill:\(Palette.deFactoBrokerFill)") }
            if selection.sharedGroups.contains(stakeholder.group) {
                if grouped[stakeholder.group] == nil { groupOrder.append(stakeholder.group) }
                grouped[stakeholder.group, default: []].append(node)
            } else {
                chart.lines.append("  " + node)
            }
        }
        for (number, group) in groupOrder.enumerated() {
            let title = selection.label(ofGroup: group)
            chart.subgraph("g\(number)", title: title, nodes: grouped[group] ?? [], fill: Palette.waveBackground)
        }
        for pair in selection.pairs {
            let style: MermaidChart.EdgeStyle = pair.backward > 0 ? .both : .solid
            chart.edge(from: "s\(pair.from)", to: "s\(pair.to)", label: pair.label, style: style)
        }
        chart.lines += deFactoFills
        chart.comment("\(selection.shown.count) stakeholders")
    }
}
