import KMapModel
import KMapRender
import KMapTestSupport
import Testing

/// The typed names of what a diagram draws, and the ids they are spelt as.
@Suite struct DiagramElementTests {
    @Test func idsAreSpeltAsTheRenderingGuideSays() {
        let spelt: [(DiagramElement, String)] = [
            (.activity("pdsa"), "act-pdsa"), (.repository("drive"), "repo-drive"),
            (.flow(from: "a", to: "b", occurrence: 1), "flow-a.b"), (.flow(from: "a", to: "b", occurrence: 3), "flow-a.b.3"),
            (.wave("reading"), "wave-reading"), (.activitiesInNoWave, "wave-unassigned"),
            (.flows(from: .wave("reading"), to: .repository("drive")), "flows-wave-reading.repo-drive"),
            (.gap(wave: "w", phase: "sharing"), "gap-w.sharing"), (.phase("capture"), "phase-capture"),
            (.column(4), "column-4"), (.columnStep(4), "column-step-4"), (.stakeholder("coaches"), "stakeholder-coaches"),
            (.group("schools"), "group-schools"), (.link(from: "a", to: "b"), "link-a.b"),
            (.picture(.waves), "kmap-waves"), (.picture(.collapsedWaves), "kmap-waves-collapsed"),
            (.picture(.stakeholders), "kmap-stakeholders"),
            (.removed(.activity("memo")), "removed-act-memo"), (.removed(.flow(from: "a", to: "b", occurrence: 2)), "removed-flow-a.b.2"),
        ]
        for (element, id) in spelt { #expect(element.id == id) }
    }

    /// What the builder says it drew is what Graphviz drew: every element is an `id` of the SVG,
    /// and every `id` of the SVG is an element.
    @Test(arguments: ExampleMaps.names, DiagramOptions.View.allCases)
    func theElementsAreTheIDsOfTheDrawnSVG(name: String, view: DiagramOptions.View) throws {
        let diagram = try DiagramBuilder.diagram(for: Analysed.input(try ExampleMaps.map(name)), options: DiagramOptions(view: view))
        let svg = try #require(SVGDocument(try Renderer.render(graph: diagram.graph, format: .svg)))
        #expect(Set(svg.allIDs) == Set(diagram.elements.map(\.id)))
        #expect(svg.allIDs.count == diagram.elements.count, "an id is drawn twice")
    }

    @Test func aCollapsedDiagramDrawsItsWavesAndRepositories() throws {
        let diagram = try DiagramBuilder.diagram(
            for: Analysed.input(SampleMaps.literacy.map()), options: DiagramOptions(collapseThreshold: 2))
        #expect(diagram.elements.contains(.picture(.collapsedWaves)))
        #expect(diagram.elements.contains(.repository("drive")))
        #expect(!diagram.elements.contains(.activity("pdsa")))
        #expect(diagram.elements.contains { if case .wave = $0 { true } else { false } })
    }

    @Test func aRepeatedFlowIsDrawnAsItsSecondOccurrence() throws {
        let map = ExampleMaps.compile("""
            generation a "A"
            sharing b "B"
            a -> b : "weekly digest"
            a -> b : "ad hoc email"
            """)
        #expect(DiagramElement.flows(of: map).map(\.element) == [
            .flow(from: "a", to: "b", occurrence: 1), .flow(from: "a", to: "b", occurrence: 2),
        ])
        let graph = try DiagramBuilder.graph(for: Analysed.input(map), options: DiagramOptions())
        #expect(graph.edge(id: "flow-a.b")?.text("label")?.contains("weekly digest") == true)
        #expect(graph.edge(id: "flow-a.b.2")?.text("label")?.contains("ad hoc email") == true)
    }

    @Test func aNodeIsDrawnByItsID() {
        let map = SampleMaps.literacy.map()
        #expect(DiagramElement.node(.activity(0), in: map) == .activity(map.activities[0].id))
        #expect(DiagramElement.node(.repository(0), in: map) == .repository(map.repositories[0].id))
    }
}
