import KMapRender

extension DOTGraph {
    /// The node whose `id` attribute is `id`, at the top level or inside a cluster.
    func node(id: String) -> DOTNode? {
        var pending = subgraphs
        var nodes = self.nodes
        while let subgraph = pending.popLast() {
            nodes += subgraph.nodes
            pending += subgraph.subgraphs
        }
        return nodes.first { $0.attribute("id") == id }
    }

    /// The edge whose `id` attribute is `id`.
    func edge(id: String) -> DOTEdge? { edges.first { $0.attribute("id") == id } }
}

extension DOTNode {
    /// The text of a plain attribute, or the markup of an HTML one.
    func attribute(_ name: String) -> String? { attributes.value(of: name) }
}

extension DOTEdge {
    /// The text of a plain attribute, or the markup of an HTML one.
    func attribute(_ name: String) -> String? { attributes.value(of: name) }
}

extension [DOTAttribute] {
    /// The text or markup of the last attribute named `name`.
    func value(of name: String) -> String? {
        guard let value = last(where: { $0.name == name })?.value else { return nil }
        switch value {
        case .text(let text): return text
        case .html(let label): return label.markup
        }
    }
}
