import KMapTestSupport
import Testing
import KMapModel
@testable import KMapRender

@Suite("WavesDiagram")
struct WavesDiagramTests {
    let input = Analysed.input(SampleMaps.literacy.map())

    func graph(_ options: DiagramOptions = DiagramOptions(), input: DiagramInput? = nil) throws -> DOTGraph {
        try DiagramBuilder.graph(for: input ?? self.input, options: options)
    }

    @Test("one row per wave; a missing phase is a dashed red box in the wave's row")
    func rowsAndMissingPhases() throws {
        let graph = try graph()
        #expect(graph.subgraphs.compactMap { $0.text("id") } == ["wave-pdsa", "wave-walks"])
        let walks = try #require(graph.cluster(id: "wave-walks"))
        let ghost = try #require(walks.nodes.first { $0.text("id") == "gap-walks.consolidation" })
        #expect(ghost.text("style") == "rounded,dashed")
        #expect(ghost.text("color") == "#CC3311")
        #expect(ghost.text("label")?.contains("missing: consolidation") == true)
        #expect(graph.allNodes.filter { $0.text("id")?.hasPrefix("gap-") == true }.count == 1)
    }

    @Test("planned activities are dashed, repositories are cylinders, phases fill activities")
    func shapes() throws {
        let graph = try graph()
        #expect(graph.node(id: "act-adopt")?.text("style") == "rounded,filled,dashed")
        #expect(graph.node(id: "act-pdsa")?.text("style") == "rounded,filled")
        #expect(graph.node(id: "act-pdsa")?.text("fillcolor") == Palette.fill(forPhase: 0))
        #expect(graph.node(id: "act-convening")?.text("fillcolor") == Palette.fill(forPhase: 3))
        #expect(graph.node(id: "repo-drive")?.text("shape") == "cylinder")
        let label = try #require(graph.node(id: "act-convening")?.text("label"))
        #expect(label.contains("Instructional coaches → Classroom<BR/>teachers, School leadership teams"))
        #expect(label.contains("every quarter"))
    }

    @Test("a flow back to an earlier phase is dashed and does not move the columns")
    func backwardFlows() throws {
        let graph = try graph()
        let back = try #require(graph.edge(id: "flow-adopt.pdsa"))
        #expect(back.text("constraint") == "false")
        #expect(back.text("style") == "dashed")
        #expect(back.text("label")?.contains("next inquiry cycle") == true)
        let forward = try #require(graph.edge(id: "flow-pdsa.huddle"))
        #expect(forward.text("constraint") == nil)
        #expect(forward.text("style") == nil)
    }

    @Test("every node is pinned to a column whose header leads it")
    func columns() throws {
        let graph = try graph()
        let headers = graph.rankGroups.compactMap(\.members.first)
        #expect(headers == (0..<headers.count).map { "h\($0)" })
        let pinned = Set(graph.rankGroups.flatMap(\.members))
        for node in graph.allNodes { #expect(pinned.contains(node.name), "\(node.name)") }
        #expect(graph.node(id: "phase-generation") != nil)
        #expect(graph.node(id: "phase-application") != nil)
    }

    @Test("findings outline their nodes in red with the rule code; open loops are marked on the row")
    func findings() throws {
        var map = SampleMaps.literacy
        map.flow("walks", "memo")
        let finding = (DiagramMark(code: "KM004", slug: "dead-end-repository"), [DiagramElement.repository("drive")])
        var input = Analysed.input(map.map(), findings: [finding])
        input.waves[0].isClosed = false
        let graph = try graph(input: input)
        let drive = try #require(graph.node(id: "repo-drive"))
        #expect(drive.text("color") == "#CC3311")
        #expect(drive.text("label")?.contains("KM004 dead-end-repository") == true)
        #expect(graph.cluster(id: "wave-pdsa")?.text("label")?.contains("open loop") == true)
        #expect(graph.labelText.contains("1 open loop · 1 finding"))
    }

    @Test("without gaps the map is drawn alone")
    func noGaps() throws {
        let finding = (DiagramMark(code: "KM004", slug: "dead-end-repository"), [DiagramElement.repository("drive")])
        let input = Analysed.input(SampleMaps.literacy.map(), findings: [finding])
        let graph = try graph(DiagramOptions(showGaps: false), input: input)
        #expect(graph.allNodes.allSatisfy { $0.text("id")?.hasPrefix("gap-") != true })
        #expect(graph.node(id: "repo-drive")?.text("color") == nil)
        #expect(!graph.labelText.contains("missing phase"))
        #expect(graph.labelText.contains("2 waves · 7 activities"))
    }

    @Test("activities in no wave get a row of their own")
    func unassigned() throws {
        var fixture = SampleMaps.literacy
        fixture.activity("sharing", "lonely", "Lonely webinar")
        let graph = try graph(input: Analysed.input(fixture.map()))
        #expect(graph.cluster(id: "wave-unassigned")?.nodes.map { $0.text("id") } == ["act-lonely"])
    }

    @Test("the drawn headers sit above every activity")
    func headersOnTop() throws {
        for name in ExampleMaps.names {
            let input = Analysed.input(try ExampleMaps.map(name))
            let svg = try Renderer.render(input, options: DiagramOptions(), format: .svg)
            let document = try #require(SVGDocument(svg))
            let headerY = document.textY.filter { $0.key.hasPrefix("phase-") }.values
            let activityY = document.textY.filter { $0.key.hasPrefix("act-") }.values
            #expect(try #require(headerY.max()) < activityY.min() ?? .infinity, "\(name)")
        }
    }
}
