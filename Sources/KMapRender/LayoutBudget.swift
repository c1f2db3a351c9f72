/// What a Graphviz layout will cost, estimated from the graph before the layout starts, and the
/// limit above which kmap refuses to start it.
///
/// `dot`'s crossing minimisation and cluster placement grow much faster than the graph: 3,000
/// activities with 30,000 flows ran past 300 s and 9 GB, and 10,000 one-member groups drove
/// Graphviz out of memory. A graph over the budget ends at once with
/// ``RenderError/layoutTooLarge(_:)``, which names the ways to draw less; a graph over half the
/// budget is laid out with lighter crossing-minimisation settings.
public struct LayoutBudget: Hashable, Sendable, CustomStringConvertible {
    public var nodes: Int
    public var edges: Int
    public var clusters: Int

    /// Estimated cost at which layouts stop: about a minute of `dot` on one core.
    public static let limit = 12_000
    /// Estimated cost above which crossing minimisation is cut short.
    public static let lighterAbove = limit / 2

    /// Counts `graph`: nodes and clusters in every subgraph, and edges.
    public init(_ graph: DOTGraph) {
        nodes = graph.nodeCount
        edges = graph.edges.count
        var clusters = 0
        var pending = graph.subgraphs
        while let subgraph = pending.popLast() {
            if subgraph.name.hasPrefix("cluster") { clusters += 1 }
            pending += subgraph.subgraphs
        }
        self.clusters = clusters
    }

    /// The estimate: every node and edge once, and each cluster as many nodes (clusters are laid
    /// out, ranked and kept apart one by one).
    public var cost: Int { nodes + edges + 25 * clusters }

    public var isAffordable: Bool { cost <= Self.limit }

    public var description: String {
        "\(nodes) nodes, \(edges) edges and \(clusters) groups (estimated cost \(cost), limit \(Self.limit))"
    }

    /// `graph` ready for layout: refused when over the budget, with lighter settings when large.
    /// - Throws: ``RenderError/layoutTooLarge(_:)`` over the budget.
    static func prepare(_ graph: DOTGraph) throws(RenderError) -> DOTGraph {
        let budget = LayoutBudget(graph)
        guard budget.isAffordable else { throw .layoutTooLarge(budget) }
        guard budget.cost > lighterAbove else { return graph }
        var lighter = graph
        // Fewer crossing-minimisation passes and network-simplex iterations: a less tidy picture
        // of a large map in seconds rather than minutes.
        lighter.attributes += [.text("mclimit", "0.2"), .text("nslimit", "2"), .text("nslimit1", "2"), .text("searchsize", "10")]
        return lighter
    }
}
