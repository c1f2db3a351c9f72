import KMapRender
import KMapText

/// Finds nodes and edges of a built ``DOTGraph`` by their `id` attribute (`act-pdsa`,
/// `repo-drive`, `flow-a.b`, `phase-sharing`) and changes them in place.
struct DOTGraphEditor {
    private(set) var graph: DOTGraph
    /// Where each node with an `id` is: the subgraph indices leading to it, then its index.
    private var nodes: [String: (path: [Int], index: Int)] = [:]
    private var edges: [String: Int] = [:]

    init(_ graph: DOTGraph) {
        self.graph = graph
        var pending: [(path: [Int], subgraph: DOTSubgraph)] = graph.subgraphs.enumerated().map { ([$0.offset], $0.element) }
        for (index, node) in graph.nodes.enumerated() {
            if let id = Self.id(of: node.attributes) { nodes[id] = ([], index) }
        }
        while let (path, subgraph) = pending.popLast() {
            for (index, node) in subgraph.nodes.enumerated() {
                if let id = Self.id(of: node.attributes) { nodes[id] = (path, index) }
            }
            pending += subgraph.subgraphs.enumerated().map { (path + [$0.offset], $0.element) }
        }
        for (index, edge) in graph.edges.enumerated() {
            if let id = Self.id(of: edge.attributes) { edges[id] = index }
        }
    }

    /// Adds a node at the top level of the graph.
    mutating func addNode(_ node: DOTNode) {
        if let id = Self.id(of: node.attributes) { nodes[id] = ([], graph.nodes.count) }
        graph.nodes.append(node)
    }

    /// Adds an edge.
    mutating func addEdge(_ edge: DOTEdge) {
        if let id = Self.id(of: edge.attributes) { edges[id] = graph.edges.count }
        graph.edges.append(edge)
    }

    /// True when the graph has phase columns (headers with ids `phase-NAME`); a collapsed diagram has none.
    var hasPhaseColumns: Bool { nodes.keys.contains { $0.hasPrefix("phase-") } }

    /// True when a node with this `id` is drawn.
    func hasNode(_ id: String) -> Bool { nodes[id] != nil }

    /// The node with this `id`, if it is drawn.
    func node(_ id: String) -> DOTNode? {
        guard let location = nodes[id] else { return nil }
        return location.path.isEmpty ? graph.nodes[location.index] : Self.node(at: location, in: graph.subgraphs)
    }

    /// The edge with this `id`, if it is drawn.
    func edge(_ id: String) -> DOTEdge? {
        edges[id].map { graph.edges[$0] }
    }

    /// The DOT name of the node with this `id`.
    func nodeName(_ id: String) -> String? {
        node(id)?.name
    }

    /// Changes the node with this `id`, if it is drawn.
    mutating func updateNode(_ id: String, _ change: (inout DOTNode) -> Void) {
        guard let location = nodes[id] else { return }
        if location.path.isEmpty {
            change(&graph.nodes[location.index])
        } else {
            Self.update(at: location, in: &graph.subgraphs, change)
        }
    }

    /// Changes the edge with this `id`, if it is drawn.
    mutating func updateEdge(_ id: String, _ change: (inout DOTEdge) -> Void) {
        guard let index = edges[id] else { return }
        change(&graph.edges[index])
    }

    /// Adds `member` to the rank group that holds node `name`.
    mutating func addToRankGroup(of name: String, member: String) {
        guard let group = graph.rankGroups.firstIndex(where: { $0.members.contains(name) }) else { return }
        graph.rankGroups[group].members.append(member)
    }

    static func id(of attributes: [DOTAttribute]) -> String? {
        for attribute in attributes where attribute.name == "id" {
            if case .text(let value) = attribute.value { return value }
        }
        return nil
    }

    /// Subgraphs nest only as deep as diagrams build them (a cluster per wave), so following a
    /// path recursively is bounded by that small depth.
    private static func update(at location: (path: [Int], index: Int), in subgraphs: inout [DOTSubgraph], _ change: (inout DOTNode) -> Void) {
        guard let first = location.path.first else { return }
        if location.path.count == 1 {
            change(&subgraphs[first].nodes[location.index])
        } else {
            update(at: (Array(location.path.dropFirst()), location.index), in: &subgraphs[first].subgraphs, change)
        }
    }

    private static func node(at location: (path: [Int], index: Int), in subgraphs: [DOTSubgraph]) -> DOTNode {
        var current = subgraphs[location.path[0]]
        for step in location.path.dropFirst() { current = current.subgraphs[step] }
        return current.nodes[location.index]
    }
}

extension DOTNode {
    /// Replaces (or adds) an attribute.
    mutating func set(_ name: String, _ value: String) {
        attributes.removeAll { $0.name == name }
        attributes.append(.text(name, value))
    }

    /// Adds rows of markup under the node's HTML label (a plain label is kept as the first row).
    mutating func appendLabelRows(_ rows: [String]) {
        guard !rows.isEmpty else { return }
        var first = ""
        if let index = attributes.firstIndex(where: { $0.name == "label" }) {
            switch attributes[index].value {
            case .html(let label): first = label.markup
            case .text(let text): first = DOTText.htmlLabel(text)
            }
            attributes.remove(at: index)
        }
        var markup = "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"0\">"
        for row in [first] + rows where !row.isEmpty { markup += "<TR><TD>\(row)</TD></TR>" }
        attributes.append(DOTAttribute("label", .html(HTMLLabel(trustedMarkup: markup + "</TABLE>"))))
    }
}

extension DOTEdge {
    /// Replaces (or adds) an attribute.
    mutating func set(_ name: String, _ value: String) {
        attributes.removeAll { $0.name == name }
        attributes.append(.text(name, value))
    }
}
