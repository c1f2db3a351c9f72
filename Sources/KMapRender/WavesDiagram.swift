import KMapModel
import KMapText

/// The waves view: phase columns left to right, one row (cluster) per wave, repositories between
/// the columns, gaps drawn where a wave is missing a phase.
struct WavesDiagram {
    let input: DiagramInput
    let options: DiagramOptions
    let scope: DiagramScope
    /// Above this many rows the rows are not boxed. Graphviz 2.42 lays out a column that crosses
    /// many clusters with `newrank` unreliably: with about 120 wave clusters it reported "trouble
    /// in init_rank" and then never finished placing the nodes.
    static let maximumBoxedRows = 80

    private var map: KMap { input.map }

    func diagram() -> Diagram {
        let columns = ColumnLayout(map: map)
        var canvas = DiagramCanvas(
            decorations: input.decorations, capacity: map.activities.count + map.repositories.count + map.flows.count + input.waves.count
        )
        let marks = DiagramMarks(input: input, enabled: options.showGaps)
        let rows = WaveRows.assign(input)
        var waveNodes = Array(repeating: [DOTNode](), count: input.waves.count)
        var unassigned: [DOTNode] = []
        var columnMembers = Array(repeating: [String](), count: columns.columnCount)
        var graph = DOTGraph()

        for (index, activity) in map.activities.withModelIndices where scope.contains(.activity(index), in: map) {
            let node = activityNode(index, activity, findings: marks.of(.activity(activity.id)), canvas: &canvas)
            columnMembers[columns.column(of: .activity(index), in: map)].append(node.name)
            if let row = rows[map.nodeIndex(.activity(index))] { waveNodes[row].append(node) } else { unassigned.append(node) }
        }
        for (index, repository) in map.repositories.withModelIndices where scope.contains(.repository(index), in: map) {
            let node = repositoryNode(index, repository, findings: marks.of(.repository(repository.id)), canvas: &canvas)
            columnMembers[columns.column(of: .repository(index), in: map)].append(node.name)
            graph.nodes.append(node)
        }
        let boxed = input.waves.count < Self.maximumBoxedRows
        var unboxedNodes: [DOTNode] = []
        for (row, wave) in input.waves.enumerated() {
            var nodes = waveNodes[row]
            if options.showGaps, scope.showsGaps(ofWave: row) {
                for phase in wave.missingPhases where map.framework.phases.indices.contains(phase) {
                    let ghost = missingPhaseNode(wave: wave, row: row, phase: phase, namingWave: !boxed, canvas: &canvas)
                    columnMembers[columns.middleColumn(ofPhase: phase)].append(ghost.name)
                    nodes.append(ghost)
                }
            }
            guard !nodes.isEmpty else { continue }
            if boxed { graph.subgraphs.append(cluster(row, wave, nodes: nodes, canvas: &canvas)) } else { unboxedNodes += nodes }
        }
        if !unassigned.isEmpty {
            if boxed { graph.subgraphs.append(unassignedCluster(unassigned, canvas: &canvas)) } else { unboxedNodes += unassigned }
        }
        graph.nodes = unboxedNodes + graph.nodes
        addColumnHeaders(columnMembers, columns: columns, to: &graph, canvas: &canvas)
        graph.edges += flowEdges(columns: columns, canvas: &canvas)
        canvas.addGhostNodes(to: &graph, hasPhaseColumns: true) { name in
            map.framework.phases.firstIndex(of: name).map(columns.middleColumn(ofPhase:))
        }
        graph.attributes = canvas.box(.picture(.waves), DiagramStyle.graphAttributes(
            title: title(marks: marks, boxedRows: boxed), nodeCount: graph.nodeCount))
        graph.nodeDefaults = DiagramStyle.nodeDefaults
        graph.edgeDefaults = DiagramStyle.edgeDefaults
        return canvas.finish(graph)
    }

    private func activityNode(_ index: ActivityIndex, _ activity: Activity, findings: [DiagramMark], canvas: inout DiagramCanvas) -> DOTNode {
        var style = "rounded,filled"
        if activity.status == .planned { style += ",dashed" }
        var attributes: [DOTAttribute] = [
            DOTAttribute("label", .html(NodeLabels.activity(activity, in: map, findings: findings))),
            .text("style", style),
            .text("fillcolor", Palette.fill(forPhase: activity.phase)),
        ]
        if !findings.isEmpty { attributes += DiagramStyle.findingOutline }
        return canvas.node(.activity(activity.id), name: "a\(index)", attributes)
    }

    private func repositoryNode(
        _ index: RepositoryIndex, _ repository: Repository, findings: [DiagramMark], canvas: inout DiagramCanvas
    ) -> DOTNode {
        var attributes: [DOTAttribute] = [
            DOTAttribute("label", .html(NodeLabels.repository(repository, in: map, findings: findings))),
            .text("shape", "cylinder"),
            .text("style", "filled"),
            .text("fillcolor", Palette.repositoryFill),
        ]
        if !findings.isEmpty { attributes += DiagramStyle.findingOutline }
        return canvas.node(.repository(repository.id), name: "r\(index)", attributes)
    }

    /// A "missing: phase" box; outside a row's box it also names its wave.
    private func missingPhaseNode(
        wave: DiagramWave, row: Int, phase: Int, namingWave: Bool, canvas: inout DiagramCanvas
    ) -> DOTNode {
        let name = map.framework.phases[phase]
        return canvas.node(.gap(wave: wave.id, phase: name), name: "g\(row)p\(phase)", [
            DOTAttribute("label", .html(NodeLabels.missingPhase(name, wave: namingWave ? wave.label : nil))),
            .text("style", "rounded,dashed"),
            .text("color", Palette.gap),
            .text("penwidth", "1.5"),
        ])
    }

    private func cluster(_ row: Int, _ wave: DiagramWave, nodes: [DOTNode], canvas: inout DiagramCanvas) -> DOTSubgraph {
        var label = "<B>\(DOTText.htmlLabel(wave.label))</B>"
        if options.showGaps, scope.showsGaps(ofWave: row) {
            let reached = map.framework.phases.count - wave.missingPhases.count
            label += wave.isComplete ? "  complete" : "  \(reached) of \(map.framework.phases.count) phases"
            if wave.isCompleteOnlyOnPaper { label += "  " + NodeLabels.font("only on paper", color: Palette.gap) }
            if isOpenLoop(wave) { label += "  " + NodeLabels.font("↺ open loop", color: Palette.gap) }
        }
        return DOTSubgraph(
            name: "cluster_w\(row)",
            attributes: canvas.box(.wave(wave.id), [
                DOTAttribute("label", .html(NodeLabels.clusterTitle(label))),
                .text("labeljust", "l"),
                .text("style", "rounded,filled"),
                .text("fillcolor", Palette.waveBackground),
                .text("color", Palette.waveBorder),
            ]),
            nodes: nodes
        )
    }

    /// The row of the activities that belong to no wave.
    private func unassignedCluster(_ nodes: [DOTNode], canvas: inout DiagramCanvas) -> DOTSubgraph {
        DOTSubgraph(
            name: "cluster_unassigned",
            attributes: canvas.box(.activitiesInNoWave, [
                DOTAttribute("label", .html(NodeLabels.clusterTitle("<I>In no wave</I>"))),
                .text("labeljust", "l"),
                .text("style", "rounded,dashed"),
                .text("color", Palette.waveBorder),
            ]),
            nodes: nodes
        )
    }

    /// A wave reaches application but nothing flows back to generation.
    private func isOpenLoop(_ wave: DiagramWave) -> Bool {
        !wave.isClosed && !wave.missingPhases.contains(map.framework.lastPhase)
    }

    /// One node per column, chained left to right by invisible edges: the phase's header in the
    /// middle of its band, invisible points elsewhere. They are declared after the waves (Graphviz
    /// stacks the first-declared rows at the bottom, so the headers end up on top). One rank group
    /// per column pins every node to its column.
    private func addColumnHeaders(
        _ members: [[String]], columns: ColumnLayout, to graph: inout DOTGraph, canvas: inout DiagramCanvas
    ) {
        for (column, names) in members.enumerated() {
            let header = "h\(column)"
            if let phase = columns.phase(ofColumn: column), columns.middleColumn(ofPhase: phase) == column {
                graph.nodes.append(canvas.node(.phase(map.framework.phases[phase]), name: header, [
                    DOTAttribute("label", .html(NodeLabels.phaseHeader(map.framework.phases[phase]))),
                    .text("style", "filled"),
                    .text("fillcolor", Palette.fill(forPhase: phase)),
                    .text("fontsize", "13"),
                ]))
            } else {
                graph.nodes.append(canvas.node(.column(column), name: header, [
                    .text("shape", "point"), .text("style", "invis"),
                ]))
            }
            if column > 0 {
                graph.edges.append(canvas.edge(.columnStep(column), from: "h\(column - 1)", to: header, [.text("style", "invis")]))
            }
            graph.rankGroups.append(.sameRank([header] + names))
        }
    }

    /// Every flow the map writes (``DiagramElement/flows(of:)``), repeated pairs too.
    private func flowEdges(columns: ColumnLayout, canvas: inout DiagramCanvas) -> [DOTEdge] {
        var edges: [DOTEdge] = []
        for (flow, element) in DiagramElement.flows(of: map)
        where scope.contains(flow.from, in: map) && scope.contains(flow.to, in: map) {
            var attributes: [DOTAttribute] = []
            if let label = flow.label { attributes.append(DiagramStyle.edgeLabel(label)) }
            let from = columns.column(of: flow.from, in: map)
            let to = columns.column(of: flow.to, in: map)
            if to < from {
                attributes += [
                    .text("constraint", "false"), .text("style", "dashed"), .text("color", Palette.feedback),
                    .text("penwidth", "1.3"),
                ]
            }
            edges.append(canvas.edge(element, from: name(of: flow.from), to: name(of: flow.to), attributes))
        }
        return edges
    }

    private func name(of node: NodeRef) -> String {
        switch node {
        case .activity(let index): "a\(index)"
        case .repository(let index): "r\(index)"
        }
    }

    private func title(marks: DiagramMarks, boxedRows: Bool) -> HTMLLabel {
        let total = input.waves.count
        var summary: String
        if options.showGaps {
            summary = "\(input.waves.filter(\.isComplete).count) of \(total) waves complete"
            let onPaper = input.waves.filter(\.isCompleteOnlyOnPaper).count
            if onPaper > 0 { summary += " (\(onPaper) only on paper)" }
            let openLoops = input.waves.filter(isOpenLoop).count
            if openLoops > 0 { summary += " · " + DisplayText.counted(openLoops, "open loop") }
            if marks.count > 0 { summary += " · " + DisplayText.counted(marks.count, "finding") }
        } else {
            let activities = DisplayText.counted(map.activities.count, "activity", plural: "activities")
            summary = DisplayText.counted(total, "wave") + " · " + activities
        }
        if !boxedRows { summary += " · rows not boxed above \(Self.maximumBoxedRows) waves" }
        if let focus = options.focus { summary += " · focus: \(focus)" }
        let legend = TitleBlock.wavesLegend(showGaps: options.showGaps)
        return TitleBlock.label(map: map, summary: summary, legend: legend)
    }
}
