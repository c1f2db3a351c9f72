import Testing
import KMapLanguage
import KMapModel
@testable import KMapRender

@Suite("StakeholderDiagram")
struct StakeholderDiagramTests {
    let options = DiagramOptions(view: .stakeholders)

    @Test("groups are clusters, brokers are highlighted, external stakeholders dashed")
    func roles() throws {
        let graph = try DiagramBuilder.graph(for: Analysed.input(SampleMaps.literacy.map()), options: options)
        let schools = try #require(graph.cluster(id: "group-schools"))
        #expect(schools.nodes.compactMap { $0.text("id") } == ["stakeholder-teachers", "stakeholder-principals"])
        #expect(graph.node(id: "stakeholder-coaches")?.text("label")?.contains("broker") == true)
        var plain = options
        plain.showGaps = false
        let withoutFindings = try DiagramBuilder.graph(for: Analysed.input(SampleMaps.literacy.map()), options: plain)
        #expect(withoutFindings.node(id: "stakeholder-coaches")?.text("color") == Palette.broker)
        #expect(graph.node(id: "stakeholder-district")?.text("style") == "rounded,filled,dashed")
        #expect(graph.attributes.contains(.text("rankdir", "TB")))
        #expect(graph.attributes.filter { $0.name == "rankdir" }.count == 1)
    }

    @Test("a group declared with a label is titled by it; others by a same-id stakeholder or their id")
    func groupTitles() throws {
        let source = SourceFile(path: "groups.kmap", text: """
            group co "Country offices"
            stakeholder field "Field staff" group co
            stakeholder meal "MEAL officers" group co
            stakeholder hub "Regional hub"
            stakeholder analyst "Regional analyst" group hub
            stakeholder lead "Network lead" group network
            stakeholder members "Network members" group network
            sharing brief "Brief" by meal for field, analyst, lead
            sharing call "Call" by lead for members, hub
            """)
        let graph = try DiagramBuilder.graph(for: Analysed.input(Resolver.resolve(Parser.parse(source), source: source).map), options: options)
        #expect(graph.cluster(id: "group-co")?.text("label")?.contains("<B>Country offices</B>") == true)
        #expect(graph.cluster(id: "group-hub")?.text("label")?.contains("<B>Regional hub</B>") == true)
        #expect(graph.cluster(id: "group-network")?.text("label")?.contains("<B>network</B>") == true)
    }

    @Test("a link and its reverse are one two-headed edge counting both ways")
    func twoWayLinks() throws {
        var fixture = MapFixture()
        fixture.stakeholder("a", "A")
        fixture.stakeholder("b", "B")
        fixture.activity("generation", "g", "G", by: ["a"], for: ["b"])
        fixture.activity("sharing", "s", "S", by: ["b"], for: ["a"])
        fixture.activity("sharing", "t", "T", by: ["b"], for: ["a"])
        let graph = try DiagramBuilder.graph(for: Analysed.input(fixture.map()), options: options)
        #expect(graph.edges.count == 1)
        #expect(graph.edges[0].text("dir") == "both")
        #expect(graph.edges[0].text("label") == "×1 / ×2")
        #expect(graph.edges[0].text("id") == "link-a.b")
    }

    @Test("de-facto brokers are filled and counted; without gaps they are not marked")
    func deFactoBrokers() throws {
        var fixture = MapFixture()
        fixture.stakeholder("field", "Field staff", group: "field")
        fixture.stakeholder("lead", "Team lead", group: "office")
        fixture.stakeholder("board", "Board", group: "board")
        fixture.activity("generation", "report", "Report", by: ["field"], for: ["lead"])
        fixture.activity("sharing", "brief", "Board brief", by: ["lead"], for: ["board"])
        var input = Analysed.input(fixture.map())
        input.deFactoBrokers = [1]
        let marked = try DiagramBuilder.graph(for: input, options: options)
        #expect(marked.node(id: "stakeholder-lead")?.text("fillcolor") == Palette.deFactoBrokerFill)
        #expect(marked.labelText.contains("1 de-facto broker"))
        var plain = options
        plain.showGaps = false
        let unmarked = try DiagramBuilder.graph(for: input, options: plain)
        #expect(unmarked.node(id: "stakeholder-lead")?.text("fillcolor") == nil)
    }

    @Test("focus on a stakeholder keeps only its own links")
    func focus() throws {
        var focused = options
        focused.focus = "district"
        let graph = try DiagramBuilder.graph(for: Analysed.input(SampleMaps.literacy.map()), options: focused)
        #expect(graph.edges.map(\.to).sorted() == ["s1", "s2"])
        #expect(graph.edges.allSatisfy { $0.from == "s3" })
        #expect(graph.node(id: "stakeholder-teachers") == nil)
    }
}
