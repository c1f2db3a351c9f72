import KMapRender

extension DOTGraph {
    /// Every node, at the top level or inside subgraphs.
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
        allNodes.first { $0.attribute("id") == id }
    }

    /// The edge whose `id` attribute is `id`.
    func edge(id: String) -> DOTEdge? {
        edges.first { edge in edge.attributes.contains { $0.name == "id" && $0.value == .text(id) } }
    }
}

extension DOTNode {
    /// The text of a plain attribute, or the markup of an HTML one.
    func attribute(_ name: String) -> String? {
        guard let value = attributes.last(where: { $0.name == name })?.value else { return nil }
        switch value {
        case .text(let text): return text
        case .html(let label): return label.markup
        }
    }
}

extension DOTEdge {
    func attribute(_ name: String) -> String? {
        guard case .text(let text)? = attributes.last(where: { $0.name == name })?.value else { return nil }
        return text
    }
}
