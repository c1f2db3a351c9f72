import KMapRender

/// Lookups into built DOT graphs, for assertions.
extension DOTGraph {
    /// Every node declaration, at the top level and inside clusters.
    var allNodes: [DOTNode] {
        var result = nodes
        var pending = subgraphs
        while let subgraph = pending.popLast() {
            result += subgraph.nodes
            pending += subgraph.subgraphs
        }
        return result
    }

    /// The node whose `id` attribute is `id`.
    func node(id: String) -> DOTNode? {
        allNodes.first { $0.text("id") == id }
    }

    /// The cluster whose `id` attribute is `id`.
    func cluster(id: String) -> DOTSubgraph? {
        subgraphs.first { $0.attributes.contains(.text("id", id)) }
    }

    /// The edge whose `id` attribute is `id`.
    func edge(id: String) -> DOTEdge? {
        edges.first { $0.text("id") == id }
    }

    /// The markup or text of the graph's label.
    var labelText: String {
        attributes.first { $0.name == "label" }.map(\.value.content) ?? ""
    }
}

extension DOTNode {
    /// The plain-text value of attribute `name`.
    func text(_ name: String) -> String? {
        attributes.first { $0.name == name }.map(\.value.content)
    }
}

extension DOTEdge {
    func text(_ name: String) -> String? {
        attributes.first { $0.name == name }.map(\.value.content)
    }
}

extension DOTSubgraph {
    func text(_ name: String) -> String? {
        attributes.first { $0.name == name }.map(\.value.content)
    }
}

extension DOTValue {
    /// The text of a plain value or the markup of an HTML label.
    var content: String {
        switch self {
        case .text(let text): text
        case .html(let label): label.markup
        }
    }
}
