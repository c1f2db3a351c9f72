/// A built diagram: the DOT graph and the elements it draws.
public struct Diagram: Sendable {
    public var graph: DOTGraph
    /// Every element the graph draws visibly (nodes, edges, boxes and ghosts; Graphviz leaves
    /// the invisible ones that hold the columns out of the picture), so that a report or the
    /// studio links only to what is there, without reading the picture back.
    public var elements: Set<DiagramElement>

    public init(graph: DOTGraph, elements: Set<DiagramElement>) {
        self.graph = graph
        self.elements = elements
    }
}

/// What a builder draws on, element by element: gives each node, edge and box its id and its
/// marks from the overlay, and remembers what was drawn and under which DOT name.
struct DiagramCanvas {
    private let decorations: DiagramDecorations
    private(set) var elements: Set<DiagramElement> = []
    /// DOT node names of the drawn nodes (ghosts included), for the ghost edges between them;
    /// kept only when there are ghost edges.
    private var nodeNames: [DiagramElement: String] = [:]
    private let needsNodeNames: Bool

    /// A canvas with room for `capacity` drawn elements, so that recording them never regrows
    /// the set.
    init(decorations: DiagramDecorations, capacity: Int = 0) {
        self.decorations = decorations
        needsNodeNames = !decorations.ghostEdges.isEmpty
        elements.reserveCapacity(capacity)
    }

    /// The node `name` drawing `element`.
    mutating func node(_ element: DiagramElement, name: String, _ attributes: [DOTAttribute]) -> DOTNode {
        record(element, attributes)
        if needsNodeNames { nodeNames[element] = name }
        return DOTNode(name, decorations.attributes(of: element, attributes))
    }

    /// The edge drawing `element` between two DOT node names.
    mutating func edge(_ element: DiagramElement, from: String, to: String, _ attributes: [DOTAttribute]) -> DOTEdge {
        record(element, attributes)
        return DOTEdge(from: from, to: to, decorations.attributes(of: element, attributes))
    }

    /// The attributes of a box (a cluster) or the graph itself drawing `element`.
    mutating func box(_ element: DiagramElement, _ attributes: [DOTAttribute]) -> [DOTAttribute] {
        record(element, attributes)
        return decorations.attributes(of: element, attributes)
    }

    /// Counts `element` as drawn unless it is invisible.
    private mutating func record(_ element: DiagramElement, _ attributes: [DOTAttribute]) {
        if !attributes.contains(.text("style", "invis")) { elements.insert(element) }
    }

    /// Adds the overlay's ghost nodes that can be placed: one in a phase column joins that
    /// column's rank group (`rankGroup(phase)`, nil when the picture has no such column).
    mutating func addGhostNodes(to graph: inout DOTGraph, hasPhaseColumns: Bool, rankGroup: (String) -> Int?) {
        guard hasPhaseColumns else { return }
        var drawn = 0
        for ghost in decorations.ghostNodes {
            var group: Int?
            if case .phase(let phase) = ghost.placement {
                guard let index = rankGroup(phase) else { continue }
                group = index
            }
            let name = "removed\(drawn)"
            drawn += 1
            var node = self.node(ghost.element, name: name, ghost.attributes)
            node.attributes.appendLabelRows(ghost.labelRows)
            graph.nodes.append(node)
            if let group { graph.rankGroups[group].members.append(name) }
        }
    }

    /// The graph with the overlay's ghost edges whose ends are drawn and its title rows (which
    /// may name what is not drawn), and what it draws.
    mutating func finish(_ graph: DOTGraph) -> Diagram {
        var graph = graph
        for ghost in decorations.ghostEdges {
            guard let from = nodeNames[ghost.from], let to = nodeNames[ghost.to] else { continue }
            graph.edges.append(edge(ghost.element, from: from, to: to, ghost.attributes))
        }
        if !decorations.titleRows.isEmpty {
            graph.attributes.appendTitleRows(decorations.titleRows.compactMap { $0.markup(drawing: elements) })
        }
        return Diagram(graph: graph, elements: elements)
    }
}
