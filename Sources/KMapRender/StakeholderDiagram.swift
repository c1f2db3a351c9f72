import KMapModel
import KMapText

/// The stakeholder view: the stakeholder network, groups as clusters, declared brokers
/// highlighted and de-facto brokers (people bridging groups without being named brokers) marked.
struct StakeholderDiagram {
    let input: DiagramInput
    let options: DiagramOptions
    let scope: DiagramScope

    private var map: KMap { input.map }

    func diagram() -> Diagram {
        let selection = StakeholderSelection(input: input, options: options, scope: scope)
        let marks = DiagramMarks(input: input, enabled: options.showGaps)
        var canvas = DiagramCanvas(decorations: input.decorations)
        var graph = DOTGraph()
        var clusters: [String: Int] = [:]
        for index in selection.shown {
            let stakeholder = map.stakeholders[index]
            let node = stakeholderNode(
                index, role: selection.role(of: index, in: map), isDeFacto: selection.deFactoBrokers.contains(index),
                findings: marks.of(.stakeholder(map.stakeholders[index].id)), canvas: &canvas)
            if !selection.sharedGroups.contains(stakeholder.group) {
                graph.nodes.append(node)
            } else if let cluster = clusters[stakeholder.group] {
                graph.subgraphs[cluster].nodes.append(node)
            } else {
                clusters[stakeholder.group] = graph.subgraphs.count
                graph.subgraphs.append(groupCluster(
                    stakeholder.group, label: selection.label(ofGroup: stakeholder.group),
                    number: graph.subgraphs.count, first: node, canvas: &canvas))
            }
        }
        for pair in selection.pairs {
            let from = map.stakeholders[pair.from].id
            let to = map.stakeholders[pair.to].id
            var attributes: [DOTAttribute] = [.text("penwidth", penWidth(pair.forward + pair.backward))]
            if pair.backward > 0 { attributes.append(.text("dir", "both")) }
            if let label = pair.label { attributes.append(.text("label", label)) }
            graph.edges.append(canvas.edge(.link(from: from, to: to), from: "s\(pair.from)", to: "s\(pair.to)", attributes))
        }
        graph.attributes = canvas.box(.picture(.stakeholders), DiagramStyle.graphAttributes(
            title: title(selection),
            nodeCount: graph.nodeCount,
            overriding: [.text("rankdir", "TB"), .text("ranksep", "0.7"), .text("nodesep", "0.4")]))
        graph.nodeDefaults = DiagramStyle.nodeDefaults
        graph.edgeDefaults = DiagramStyle.edgeDefaults
        return canvas.finish(graph)
    }

    private func stakeholderNode(
        _ index: StakeholderIndex, role: String?, isDeFacto: Bool, findings: [DiagramMark], canvas: inout DiagramCanvas
    ) -> DOTNode {
        let stakeholder = map.stakeholders[index]
        var attributes: [DOTAttribute] = [
            DOTAttribute("label", .html(NodeLabels.stakeholder(stakeholder, role: role, findings: findings))),
            .text("style", stakeholder.isExternal ? "rounded,filled,dashed" : "rounded,filled"),
        ]
        if isDeFacto { attributes.append(.text("fillcolor", Palette.deFactoBrokerFill)) }
        if !findings.isEmpty {
            attributes += DiagramStyle.findingOutline
        } else if stakeholder.isBroker {
            attributes += [.text("color", Palette.broker), .text("penwidth", "2.5")]
        }
        return canvas.node(.stakeholder(stakeholder.id), name: "s\(index)", attributes)
    }

    private func groupCluster(
        _ group: String, label: String, number: Int, first: DOTNode, canvas: inout DiagramCanvas
    ) -> DOTSubgraph {
        DOTSubgraph(
            name: "cluster_g\(number)",
            attributes: canvas.box(.group(group), [
                DOTAttribute("label", .html(NodeLabels.clusterTitle("<B>\(DOTText.htmlLabel(label))</B>"))),
                .text("labeljust", "l"),
                .text("style", "rounded,filled"),
                .text("fillcolor", Palette.waveBackground),
                .text("color", Palette.waveBorder),
            ]),
            nodes: [first]
        )
    }

    /// Thicker lines for links carried by more activities, growing slowly.
    private func penWidth(_ weight: Int) -> String {
        var tenths = 10
        var remaining = weight
        while remaining > 1, tenths < 50 {
            tenths += 8
            remaining /= 2
        }
        return "\(tenths / 10).\(tenths % 10)"
    }

    private func title(_ selection: StakeholderSelection) -> HTMLLabel {
        let shown = selection.shown
        let deFacto = selection.deFactoBrokers.intersection(shown)
        let brokers = shown.filter { map.stakeholders[$0].isBroker }.count
        var summary = "\(DisplayText.counted(shown.count, "stakeholder")) · \(DisplayText.counted(brokers, "broker"))"
        if options.showGaps { summary += " · \(DisplayText.counted(deFacto.count, "de-facto broker"))" }
        if selection.pairs.count < selection.linkCount {
            summary += " · strongest \(selection.pairs.count) of \(selection.linkCount) links shown"
        }
        if let focus = options.focus { summary += " · focus: \(focus)" }
        let legend = TitleBlock.stakeholderLegend(showGaps: options.showGaps)
        return TitleBlock.label(map: map, summary: summary, legend: legend)
    }
}
