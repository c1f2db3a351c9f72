import KMapModel
import Testing
@testable import KMapRender

/// Layouts are estimated before they start and refused over the budget (docs/RELIABILITY.md,
/// second sweep, cases 8, 9 and 11).
@Suite struct LayoutBudgetTests {
    private func stakeholders(_ count: Int, groupsOfOne: Bool) -> String {
        var text = "generation g \"Ideas\" by s0 for s1\n"
        for index in 0..<count {
            text += "stakeholder s\(index) \"Stakeholder \(index)\"" + (groupsOfOne ? " group g\(index) broker\n" : "\n")
        }
        return text
    }

    private func flows(activities: Int, flowsEach: Int) -> String {
        var text = ""
        for index in 0..<activities { text += "generation a\(index) \"Activity \(index)\"\n" }
        for index in 0..<activities {
            for step in 1...flowsEach { text += "a\(index) -> a\((index + step * 7) % activities)\n" }
        }
        return text
    }

    @Test func theEstimateCountsNodesEdgesAndClusters() {
        var graph = DOTGraph()
        graph.nodes = [DOTNode("a"), DOTNode("b")]
        graph.edges = [DOTEdge(from: "a", to: "b")]
        graph.subgraphs = [DOTSubgraph(name: "cluster_x", nodes: [DOTNode("c")])]
        let budget = LayoutBudget(graph)
        #expect((budget.nodes, budget.edges, budget.clusters) == (3, 1, 1))
        #expect(budget.cost == 3 + 1 + 25)
        #expect(budget.isAffordable)
    }

    /// Case 8: thousands of one-member groups are refused before Graphviz starts.
    @Test func manyGroupsAreRefusedBeforeLayout() throws {
        let input = Analysed.input(ExampleMaps.compile(stakeholders(2_000, groupsOfOne: true)))
        let error = try #require(throws: RenderError.self) {
            try Renderer.render(input, options: DiagramOptions(view: .stakeholders), format: .svg)
        }
        guard case .layoutTooLarge(let budget) = error else { Issue.record("unexpected \(error)"); return }
        #expect(budget.clusters >= 1_000)
        #expect(error.description.contains("--focus"))
    }

    /// Case 9: a dense full view is refused; DOT text is still written (nothing is laid out).
    @Test func aDenseFullViewIsRefused() throws {
        let input = Analysed.input(ExampleMaps.compile(flows(activities: 1_000, flowsEach: 12)))
        let options = DiagramOptions(full: true)
        #expect(throws: RenderError.self) { try Renderer.render(input, options: options, format: .svg) }
        #expect(try Renderer.render(input, options: options, format: .dot).count > 100_000)
    }

    /// Case 11: a large but affordable graph is laid out with lighter settings.
    @Test func largeGraphsGetLighterSettings() throws {
        var graph = DOTGraph()
        graph.nodes = (0..<(LayoutBudget.lighterAbove + 1)).map { DOTNode("n\($0)") }
        let prepared = try LayoutBudget.prepare(graph)
        #expect(prepared.attributes.contains { $0.name == "mclimit" })
        #expect(try LayoutBudget.prepare(DOTGraph()).attributes.isEmpty)
    }
}
