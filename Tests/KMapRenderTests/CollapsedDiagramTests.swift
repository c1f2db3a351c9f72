import Testing
import KMapModel
@testable import KMapRender

@Suite("CollapsedDiagram")
struct CollapsedDiagramTests {
    let input = Analysed.input(SampleMaps.literacy.map())

    @Test("above the threshold each wave is one node showing the phases it reaches")
    func collapses() throws {
        let graph = try DiagramBuilder.graph(for: input, options: DiagramOptions(collapseThreshold: 5))
        #expect(graph.allNodes.compactMap { $0.text("id") } == ["wave-pdsa", "wave-walks", "repo-drive"])
        let walks = try #require(graph.node(id: "wave-walks")?.text("label"))
        #expect(walks.contains("× cons"))
        #expect(walks.contains(Palette.fill(forPhase: 2)))
        #expect(graph.labelText.contains("7 activities, collapsed to one node per wave · 1 of 2 waves complete"))
    }

    @Test("flows between waves and repositories are added up")
    func links() throws {
        let graph = try DiagramBuilder.graph(for: input, options: DiagramOptions(collapseThreshold: 5))
        #expect(graph.edges.map { "\($0.from)>\($0.to)" } == ["w0>r0", "r0>w0", "w1>r0"])
        #expect(graph.edges.map { $0.text("id") } == [
            "flows-wave-pdsa.repo-drive", "flows-repo-drive.wave-pdsa", "flows-wave-walks.repo-drive",
        ])
    }

    @Test("the added-up flows are typed elements the overlay marks")
    func linksAreMarked() throws {
        var marked = input
        let link = DiagramElement.flows(from: .wave("walks"), to: .repository("drive"))
        marked.decorations.mark(link, .init(attributes: [.text("color", "#228833")]))
        let diagram = try DiagramBuilder.diagram(for: marked, options: DiagramOptions(collapseThreshold: 5))
        #expect(diagram.elements.contains(link))
        #expect(diagram.graph.edge(id: link.id)?.text("color") == "#228833")
        #expect(diagram.graph.edge(id: "flows-wave-pdsa.repo-drive")?.text("color") == nil, "only the marked link changes")
    }

    @Test("Graphviz draws the collapsed view (its legend row is never empty)")
    func drawsThroughGraphviz() throws {
        let svg = try Renderer.render(input, options: DiagramOptions(collapseThreshold: 5), format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("</svg>"))
    }

    @Test("waves linked to nothing are chained invisibly into rows")
    func grid() {
        var fixture = MapFixture()
        for index in 0..<14 { fixture.activity("generation", "g\(index)", "G") }
        let graph = CollapsedDiagram(input: Analysed.input(fixture.map()), options: DiagramOptions()).diagram().graph
        let chained = graph.edges.map { "\($0.from)>\($0.to)" }
        #expect(chained.count == 14 - 3)
        #expect(chained.prefix(6) == ["w0>w1", "w1>w2", "w2>w3", "w3>w4", "w4>w5", "w6>w7"])
        #expect(graph.edges.allSatisfy { $0.text("style") == "invis" })
    }

    @Test("full draws every activity however big the map")
    func full() throws {
        let graph = try DiagramBuilder.graph(for: input, options: DiagramOptions(full: true, collapseThreshold: 5))
        #expect(graph.node(id: "act-pdsa") != nil)
    }

    @Test("at most the maximum number of waves is drawn")
    func maximum() {
        var fixture = MapFixture()
        for index in 0 ..< CollapsedDiagram.maximumWaves + 5 { fixture.activity("generation", "g\(index)", "G") }
        let graph = CollapsedDiagram(input: Analysed.input(fixture.map()), options: DiagramOptions()).diagram().graph
        #expect(graph.nodes.count == CollapsedDiagram.maximumWaves)
        #expect(graph.labelText.contains("first 400 waves shown"))
    }
}
