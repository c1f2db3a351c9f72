import KMapRender
import PropertyBased
import Testing

/// ``DOTWriter`` writes bytes; the writer it replaced appended to a `String`
/// (``ReferenceDOTWriter``). Both must give the same text, byte for byte.
@Suite struct DOTWriterPropertyTests {
    /// Text that DOT escaping and cleaning must handle: quotes, backslashes, entities, controls,
    /// combining marks, non-Latin scripts.
    private static let pieces = ["a", "Z", " ", "\"", "\\", "&", "<", ">", "\n", "\t", "\u{1}", "\u{85}", "é", "e\u{301}", "日本", "🧠", "→", "\\N"]

    @Test func randomGraphsAreWrittenAsTheStringWriterWroteThem() async {
        await propertyCheck(count: 300, input: Gen.uint64()) { seed in
            let graph = Self.graph(seed: seed)
            #expect(Array(DOTWriter.write(graph).utf8) == Array(ReferenceDOTWriter.write(graph).utf8))
        }
    }

    @Test(arguments: [(80, 1), (400, 2), (1_200, 3)] as [(Int, UInt64)])
    func diagramsOfGeneratedMapsAreWrittenAsBefore(activities: Int, seed: UInt64) throws {
        let input = Analysed.input(GeneratedMaps.map(activities: activities, seed: seed))
        for view in [DiagramOptions.View.waves, .stakeholders] {
            var options = DiagramOptions()
            options.view = view
            options.collapseThreshold = 10_000
            let graph = try DiagramBuilder.graph(for: input, options: options)
            #expect(Array(DOTWriter.write(graph).utf8) == Array(ReferenceDOTWriter.write(graph).utf8), "\(view)")
        }
    }

    /// A graph of every kind of statement, its texts and nesting chosen by `seed`.
    private static func graph(seed: UInt64) -> DOTGraph {
        var random = SeededRandom(seed: seed)
        func text() -> String { (0..<random.next(below: 6)).map { _ in pieces[random.next(below: pieces.count)] }.joined() }
        func attributes() -> [DOTAttribute] {
            (0..<random.next(below: 4)).map { index in
                random.next(below: 3) == 0
                    ? DOTAttribute("label", .html(HTMLLabel(trustedMarkup: "<B>\(text())</B>"))) : .text("k\(index)", text())
            }
        }
        func nodes() -> [DOTNode] { (0..<random.next(below: 4)).map { DOTNode("n\($0)", attributes()) } }
        func subgraph(depth: Int) -> DOTSubgraph {
            DOTSubgraph(
                name: random.next(below: 3) == 0 ? "" : "cluster_\(depth)", attributes: attributes(), nodes: nodes(),
                members: (0..<random.next(below: 3)).map { "m\($0)" },
                subgraphs: depth < 3 ? (0..<random.next(below: 3)).map { _ in subgraph(depth: depth + 1) } : []
            )
        }
        var graph = DOTGraph()
        graph.attributes = attributes()
        graph.nodeDefaults = attributes()
        graph.edgeDefaults = attributes()
        graph.subgraphs = (0..<random.next(below: 3)).map { _ in subgraph(depth: 1) }
        graph.nodes = nodes()
        graph.edges = (0..<random.next(below: 4)).map { DOTEdge(from: "n\($0)", to: "n\($0 + 1)", attributes()) }
        graph.rankGroups = (0..<random.next(below: 3)).map { _ in .sameRank(["n0", "n1"]) }
        return graph
    }
}
