import Foundation
import FoundationXML
import KMapDiff
import KMapRender
import KMapTestSupport
import Testing

/// The picture of a comparison: the new map with its changes drawn.
@Suite struct DiffDiagramTests {
    private var regionalHealth: MapDiff {
        get throws {
            MapDiffer.diff(old: try Maps.example("regional-health-2025.kmap"), new: try Maps.example("regional-health-2026.kmap"))
        }
    }

    @Test func marksAdditionsChangesAndRenames() throws {
        let graph = try DiffDiagram.graph(for: regionalHealth)
        let added = try #require(graph.node(id: "act-audit_forum"))
        #expect(added.attribute("color") == "#228833")
        #expect(added.attribute("label")?.contains("+ new") == true)
        let renamed = try #require(graph.node(id: "act-safety_huddles"))
        #expect(renamed.attribute("color") == "#EE9900")
        #expect(renamed.attribute("label")?.contains("renamed from ward_huddles") == true)
        let changed = try #require(graph.node(id: "act-regional_exchange"))
        #expect(changed.attribute("label")?.contains("~ status: planned → existing") == true)
        #expect(graph.edge(id: "flow-audit_archive.audit_forum")?.attribute("color") == "#228833")
    }

    @Test func removedActivitiesAreGhostsInTheirPhaseColumnWithTheirFlows() throws {
        let graph = try DiffDiagram.graph(for: regionalHealth)
        let ghost = try #require(graph.node(id: "removed-act-printed_newsletter"))
        #expect(ghost.attribute("style")?.contains("dashed") == true)
        #expect(ghost.attribute("label")?.contains("<S>Printed community newsletter</S>") == true)
        let header = try #require(graph.nodes.first { $0.attribute("id") == "phase-sharing" })
        #expect(graph.rankGroups.contains { $0.members.contains(header.name) && $0.members.contains(ghost.name) })
        let incoming = try #require(graph.edge(id: "removed-flow-board_report.printed_newsletter"))
        #expect(incoming.to == ghost.name)
        #expect(incoming.attribute("style") == "dashed")
        #expect(graph.edge(id: "removed-flow-printed_newsletter.follow_up")?.from == ghost.name)
    }

    @Test func closedGapsAreTickedOnTheirNodes() throws {
        let graph = try DiffDiagram.graph(for: regionalHealth)
        #expect(graph.node(id: "repo-audit_archive")?.attribute("label")?.contains("✓ KM002 dead-end-repository") == true)
        #expect(graph.node(id: "act-discharge_briefing")?.attribute("label")?.contains("✓ KM006 no-broker") == true)
        let title = try #require(graph.attributes.last { $0.name == "label" })
        guard case .html(let label) = title.value else { Issue.record("the title is not an HTML label"); return }
        #expect(label.markup.contains("Changes since maps/regional-health-2025.kmap: "))
        #expect(label.markup.contains("3 gaps closed, 1 opened"))
    }

    /// Two `huddle -> convening` lines: two channels between the same activities.
    private static func twice(_ first: String, _ second: String) -> String {
        BaseMap.text + "\nhuddle -> convening : \"\(first)\"\nhuddle -> convening : \"\(second)\"\n"
    }

    @Test func bothDrawnEdgesOfARepeatedFlowAreMarked() throws {
        let graph = try DiffDiagram.graph(for: Maps.diff(BaseMap.text, Self.twice("digest", "email")))
        let first = try #require(graph.edge(id: "flow-huddle.convening"))
        let second = try #require(graph.edge(id: "flow-huddle.convening.2"))
        #expect(first.attribute("label")?.contains("digest") == true)
        #expect(second.attribute("label")?.contains("email") == true)
        #expect(first.attribute("color") == "#228833")
        #expect(second.attribute("color") == "#228833")
        let svg = try #require(SVGDocument(try DiffDiagram.render(Maps.diff(BaseMap.text, Self.twice("digest", "email")), format: .svg)))
        #expect(svg.edgeStrokes["flow-huddle.convening"] == "#228833")
        #expect(svg.edgeStrokes["flow-huddle.convening.2"] == "#228833")
        #expect(svg.edgeStrokes["flow-pdsa.huddle"] != "#228833")
    }

    @Test func onlyTheRepeatedFlowThatChangedIsMarked() throws {
        let graph = try DiffDiagram.graph(for: Maps.diff(Self.twice("digest", "email"), Self.twice("digest", "phone")))
        #expect(graph.edge(id: "flow-huddle.convening")?.attribute("color") == nil)
        #expect(graph.edge(id: "flow-huddle.convening.2")?.attribute("color") == "#EE9900")
    }

    @Test func bothRemovedFlowsOfARepeatedPairAreGhosts() throws {
        let graph = try DiffDiagram.graph(for: Maps.diff(Self.twice("digest", "email"), BaseMap.text))
        #expect(graph.edge(id: "removed-flow-huddle.convening")?.attribute("label") == "digest")
        #expect(graph.edge(id: "removed-flow-huddle.convening.2")?.attribute("label") == "email")
        #expect(graph.edge(id: "flow-huddle.convening") == nil)
    }

    @Test func aRemovedFlowInsideOnePhaseIsNotDrawn() throws {
        let old = BaseMap.text + "\nsharing cafe \"Knowledge cafe\" by coaches for teachers\ncafe -> convening\n"
        let graph = try DiffDiagram.graph(for: Maps.diff(old, BaseMap.text))
        #expect(graph.node(id: "removed-act-cafe") != nil)
        #expect(graph.edge(id: "removed-flow-cafe.convening") == nil)
    }

    @Test func rendersAsWellFormedSVGWithHostileLabels() throws {
        let old = BaseMap.text + "\ncapture memo \"<b>Memo</b> & \\\"quotes\\\" \\\\N ]; x -> y [\" by coaches\nbrief -> memo\n"
        let svg = try DiffDiagram.render(Maps.diff(old, BaseMap.text), format: .svg)
        let parser = XMLParser(data: Data(svg))
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        let text = String(decoding: svg, as: UTF8.self)
        #expect(text.contains("id=\"removed&#45;act&#45;memo\""))
        #expect(text.contains("&lt;b&gt;Memo&lt;/b&gt; &amp; &quot;quotes&quot; \\N ]; x &#45;&gt; y ["))
    }

    @Test func writesDOTTextAndRefusesMermaid() throws {
        let diff = Maps.diff(BaseMap.text, BaseMap.text)
        let dot = String(decoding: try DiffDiagram.render(diff, format: .dot), as: UTF8.self)
        #expect(dot.hasPrefix("digraph kmap {"))
        #expect(throws: RenderError.notAGraphvizFormat(.mermaid)) { try DiffDiagram.render(diff, format: .mermaid) }
    }

    @Test func aCollapsedDiagramGetsNoGhosts() throws {
        var activities = ""
        for index in 0..<320 { activities += "generation g\(index) \"Step \(index)\"\n" }
        let diff = Maps.diff("sharing gone \"Gone\"\n" + activities, activities)
        let graph = try DiffDiagram.graph(for: diff)
        #expect(graph.node(id: "removed-act-gone") == nil)
        #expect(graph.node(id: "act-g0") == nil)
    }
}
