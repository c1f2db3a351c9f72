import KMapText

/// Writes a ``DOTGraph`` as DOT text, escaping every string.
///
/// The output depends only on the graph: same graph, same bytes. The text is gathered as UTF-8
/// bytes and made a `String` once: appending each piece to a `String` (and interpolating
/// indentation and names) cost five times as much.
public enum DOTWriter {
    /// The DOT text of `graph`, a `digraph` named `kmap`.
    public static func write(_ graph: DOTGraph) -> String {
        var out = DOTBytes()
        out.append("digraph kmap {\n")
        appendDefaults("graph", graph.attributes, to: &out)
        appendDefaults("node", graph.nodeDefaults, to: &out)
        appendDefaults("edge", graph.edgeDefaults, to: &out)
        for subgraph in graph.subgraphs { append(subgraph, indent: 1, to: &out) }
        for node in graph.nodes { append(node, indent: 1, to: &out) }
        for edge in graph.edges {
            out.append("  ")
            out.append(edge.from)
            out.append(" -> ")
            out.append(edge.to)
            appendList(edge.attributes, to: &out)
            out.append(";\n")
        }
        for group in graph.rankGroups { append(group, indent: 1, to: &out) }
        out.append("}\n")
        return out.text
    }

    private static func appendDefaults(_ kind: StaticString, _ attributes: [DOTAttribute], to out: inout DOTBytes) {
        guard !attributes.isEmpty else { return }
        out.append("  ")
        out.append(kind)
        appendList(attributes, to: &out)
        out.append(";\n")
    }

    private static func append(_ node: DOTNode, indent: Int, to out: inout DOTBytes) {
        out.indent(indent)
        out.append(node.name)
        appendList(node.attributes, to: &out)
        out.append(";\n")
    }

    /// Subgraphs nest only as deep as diagrams build them (a handful of levels).
    private static func append(_ subgraph: DOTSubgraph, indent: Int, to out: inout DOTBytes) {
        out.indent(indent)
        if subgraph.name.isEmpty {
            out.append("{\n")
        } else {
            out.append("subgraph ")
            out.append(subgraph.name)
            out.append(" {\n")
        }
        for attribute in subgraph.attributes {
            out.indent(indent + 1)
            out.append(attribute.name)
            out.append("=")
            appendValue(attribute.value, to: &out)
            out.append(";\n")
        }
        for child in subgraph.subgraphs { append(child, indent: indent + 1, to: &out) }
        for node in subgraph.nodes { append(node, indent: indent + 1, to: &out) }
        for member in subgraph.members {
            out.indent(indent + 1)
            out.append(member)
            out.append(";\n")
        }
        out.indent(indent)
        out.append("}\n")
    }

    private static func appendList(_ attributes: [DOTAttribute], to out: inout DOTBytes) {
        guard !attributes.isEmpty else { return }
        out.append(" [")
        for (index, attribute) in attributes.enumerated() {
            if index > 0 { out.append(", ") }
            out.append(attribute.name)
            out.append("=")
            appendValue(attribute.value, to: &out)
        }
        out.append("]")
    }

    private static func appendValue(_ value: DOTValue, to out: inout DOTBytes) {
        switch value {
        case .text(let text): out.appendQuoted(text)
        case .html(let label):
            out.append("<")
            out.append(label.markup)
            out.append(">")
        }
    }
}

/// The UTF-8 bytes of DOT text being written.
private struct DOTBytes {
    var bytes: [UInt8] = []

    init() {
        bytes.reserveCapacity(1 << 16)
    }

    /// The text written (every piece is valid UTF-8, so nothing is repaired).
    var text: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends the UTF-8 of `text` in one piece (appending its `utf8` view copied a name short
    /// enough to be stored inline byte by byte).
    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Appends `text` as a quoted DOT string (``DOTText/appendQuoted(_:to:)``). Printable ASCII
    /// without a quote, backslash or ampersand (names, colours, styles, ids) is what the escaper
    /// would return unchanged, so it is copied as it is without being scanned scalar by scalar.
    mutating func appendQuoted(_ text: String) {
        var text = text
        let isCopied = text.withUTF8 { utf8 in
            guard utf8.allSatisfy(Self.isWrittenAsItIs) else { return false }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: utf8)
            bytes.append(UInt8(ascii: "\""))
            return true
        }
        if !isCopied { DOTText.appendQuoted(text, to: &bytes) }
    }

    private static func isWrittenAsItIs(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "&"): false
        case 0x20...0x7E: true
        default: false
        }
    }

    /// Two spaces per level.
    mutating func indent(_ level: Int) {
        for _ in 0..<level {
            bytes.append(UInt8(ascii: " "))
            bytes.append(UInt8(ascii: " "))
        }
    }
}
