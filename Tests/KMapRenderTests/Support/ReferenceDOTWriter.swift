import KMapRender
import KMapText

/// The DOT writer as it was before it wrote bytes (appending to a `String`), kept to check that
/// ``DOTWriter`` writes the same text (`DOTWriterPropertyTests`).
enum ReferenceDOTWriter {
    /// The DOT text of `graph`, a `digraph` named `kmap`.
    static func write(_ graph: DOTGraph) -> String {
        var out = "digraph kmap {\n"
        appendDefaults("graph", graph.attributes, to: &out)
        appendDefaults("node", graph.nodeDefaults, to: &out)
        appendDefaults("edge", graph.edgeDefaults, to: &out)
        for subgraph in graph.subgraphs { append(subgraph, indent: 1, to: &out) }
        for node in graph.nodes { append(node, indent: 1, to: &out) }
        for edge in graph.edges {
            out += "  \(edge.from) -> \(edge.to)"
            appendList(edge.attributes, to: &out)
            out += ";\n"
        }
        for group in graph.rankGroups { append(group, indent: 1, to: &out) }
        out += "}\n"
        return out
    }

    private static func appendDefaults(_ kind: String, _ attributes: [DOTAttribute], to out: inout String) {
        guard !attributes.isEmpty else { return }
        out += "  \(kind)"
        appendList(attributes, to: &out)
        out += ";\n"
    }

    private static func append(_ node: DOTNode, indent: Int, to out: inout String) {
        out += String(repeating: "  ", count: indent) + node.name
        appendList(node.attributes, to: &out)
        out += ";\n"
    }

    /// Subgraphs nest only as deep as diagrams build them (a handful of levels).
    private static func append(_ subgraph: DOTSubgraph, indent: Int, to out: inout String) {
        let pad = String(repeating: "  ", count: indent)
        out += subgraph.name.isEmpty ? "\(pad){\n" : "\(pad)subgraph \(subgraph.name) {\n"
        for attribute in subgraph.attributes {
            out += "\(pad)  \(attribute.name)="
            appendValue(attribute.value, to: &out)
            out += ";\n"
        }
        for child in subgraph.subgraphs { append(child, indent: indent + 1, to: &out) }
        for node in subgraph.nodes { append(node, indent: indent + 1, to: &out) }
        for member in subgraph.members { out += "\(pad)  \(member);\n" }
        out += "\(pad)}\n"
    }

    private static func appendList(_ attributes: [DOTAttribute], to out: inout String) {
        guard !attributes.isEmpty else { return }
        out += " ["
        for (index, attribute) in attributes.enumerated() {
            if index > 0 { out += ", " }
            out += attribute.name + "="
            appendValue(attribute.value, to: &out)
        }
        out += "]"
    }

    private static func appendValue(_ value: DOTValue, to out: inout String) {
        switch value {
        case .text(let text): out += DOTText.quoted(text)
        case .html(let label): out += "<\(label.markup)>"
        }
    }
}
