import KMapModel

/// The stakeholder view as a Mermaid flowchart: one subgraph per shared group.
enum MermaidStakeholders {
    static func write(_ input: DiagramInput, options: DiagramOptions, scope: DiagramScope, into chart: inout MermaidChart) {
        let map = input.map
        let selection = StakeholderSelection(input: input, options: options, scope: scope)
        var groupOrder: [String] = []
        var grouped: [String: [String]] = [:]
        for index in selection.shown {
            let stakeholder = map.stakeholders[index]
            var lines = [stakeholder.label]
            var classes: [String] = []
            if stakeholder.isBroker {
                lines.append("broker")
                classes.append("broker")
            } else if selection.deFactoBrokers.contains(index) {
                lines.append("de-facto broker")
                classes.append("gap")
            }
            let node = MermaidChart.node("s\(index)", lines, shape: .rounded, classes: classes)
            if selection.sharedGroups.contains(stakeholder.group) {
                if grouped[stakeholder.group] == nil { groupOrder.append(stakeholder.group) }
                grouped[stakeholder.group, default: []].append(node)
            } else {
                chart.lines.append("  " + node)
            }
        }
        for (number, group) in groupOrder.enumerated() {
            chart.subgraph("g\(number)", title: selection.label(ofGroup: group), nodes: grouped[group] ?? [], fill: Palette.waveBackground)
        }
        for pair in selection.pairs {
            chart.edge(from: "s\(pair.from)", to: "s\(pair.to)", label: pair.label, style: pair.backward > 0 ? .both : .solid)
        }
        chart.comment("\(selection.shown.count) stakeholders")
    }
}
