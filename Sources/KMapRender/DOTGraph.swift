/// The value of a DOT attribute.
public enum DOTValue: Hashable, Sendable {
    /// A quoted string. Graphviz expands escape sequences (`\N`, `\G`) and entities (`&amp;`) in
    /// labels; ``DOTWriter`` escapes the text so that it is drawn exactly as given.
    case text(String)
    /// An HTML-like label, written between `<` and `>`; build it with ``HTMLLabel``.
    case html(HTMLLabel)
}

/// One `name=value` pair of a DOT attribute list.
public struct DOTAttribute: Hashable, Sendable {
    public var name: String
    public var value: DOTValue

    public init(_ name: String, _ value: DOTValue) {
        self.name = name
        self.value = value
    }

    /// A quoted-string attribute.
    public static func text(_ name: String, _ value: String) -> DOTAttribute {
        DOTAttribute(name, .text(value))
    }
}

/// A node declaration. `name` is an opaque identifier chosen by the diagram (`n12`), never user
/// text; what a reader sees comes from the `label` attribute.
public struct DOTNode: Hashable, Sendable {
    public var name: String
    public var attributes: [DOTAttribute]

    public init(_ name: String, _ attributes: [DOTAttribute] = []) {
        self.name = name
        self.attributes = attributes
    }
}

/// An edge between two node names.
public struct DOTEdge: Hashable, Sendable {
    public var from: String
    public var to: String
    public var attributes: [DOTAttribute]

    public init(from: String, to: String, _ attributes: [DOTAttribute] = []) {
        self.from = from
        self.to = to
        self.attributes = attributes
    }
}

/// A subgraph: a cluster (name starting with `cluster`) or an anonymous group such as
/// `{ rank=same; ... }`.
public struct DOTSubgraph: Hashable, Sendable {
    /// Empty for an anonymous subgraph.
    public var name: String
    public var attributes: [DOTAttribute]
    /// Nodes declared inside this subgraph.
    public var nodes: [DOTNode]
    /// Names of nodes declared elsewhere that this subgraph also contains (for rank groups).
    public var members: [String]
    public var subgraphs: [DOTSubgraph]

    public init(
        name: String = "", attributes: [DOTAttribute] = [], nodes: [DOTNode] = [], members: [String] = [],
        subgraphs: [DOTSubgraph] = []
    ) {
        self.name = name
        self.attributes = attributes
        self.nodes = nodes
        self.members = members
        self.subgraphs = subgraphs
    }

    /// `{ rank=same; a; b; c }`: puts the named nodes in one rank (one column of a left-to-right
    /// drawing).
    public static func sameRank(_ members: [String]) -> DOTSubgraph {
        DOTSubgraph(attributes: [.text("rank", "same")], members: members)
    }
}

/// A directed graph in DOT form, written out by ``DOTWriter``.
///
/// Statements are written in a fixed order (attributes, defaults, subgraphs, nodes, edges, rank
/// groups), so the same graph always gives the same text.
public struct DOTGraph: Hashable, Sendable {
    public var attributes: [DOTAttribute] = []
    public var nodeDefaults: [DOTAttribute] = []
    public var edgeDefaults: [DOTAttribute] = []
    public var subgraphs: [DOTSubgraph] = []
    public var nodes: [DOTNode] = []
    public var edges: [DOTEdge] = []
    /// Rank groups, written last so that every member is already declared.
    public var rankGroups: [DOTSubgraph] = []

    public init() {}

    /// Every node the graph declares, in its subgraphs too.
    public var nodeCount: Int {
        var count = nodes.count
        var pending = subgraphs + rankGroups
        while let subgraph = pending.popLast() {
            count += subgraph.nodes.count
            pending += subgraph.subgraphs
        }
        return count
    }
}
