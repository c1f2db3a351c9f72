import Testing
import KMapModel
@testable import KMapRender

@Suite("DiagramScope")
struct DiagramScopeTests {
    let input = Analysed.input(SampleMaps.literacy.map())

    func drawnIDs(_ focus: String) throws -> [String] {
        let graph = try DiagramBuilder.graph(for: input, options: DiagramOptions(focus: focus))
        return graph.allNodes.compactMap { $0.text("id") }.filter { $0.hasPrefix("act-") || $0.hasPrefix("repo-") }.sorted()
    }

    @Test("an activity shows itself and its direct neighbours")
    func activity() throws {
        #expect(try drawnIDs("huddle") == ["act-brief", "act-huddle", "act-pdsa"])
    }

    @Test("a wave shows its nodes and only its own gaps")
    func wave() throws {
        #expect(try drawnIDs("walks") == ["act-adopt", "act-convening", "act-memo", "act-walks", "repo-drive"])
        let graph = try DiagramBuilder.graph(for: input, options: DiagramOptions(focus: "walks"))
        #expect(graph.node(id: "gap-walks.consolidation") != nil)
    }

    @Test("a repository shows who feeds it and who reads it")
    func repository() throws {
        #expect(try drawnIDs("drive") == ["act-brief", "act-convening", "act-memo", "repo-drive"])
    }

    @Test("an activity focus draws no missing-phase boxes")
    func noGapsOutsideFocusedWave() throws {
        let graph = try DiagramBuilder.graph(for: input, options: DiagramOptions(focus: "memo"))
        #expect(graph.allNodes.allSatisfy { $0.text("id")?.hasPrefix("gap-") != true })
    }

    @Test("an unknown name is an error with suggestions")
    func unknown() {
        #expect(throws: RenderError.unknownFocus("hudle", suggestions: ["huddle"])) {
            try DiagramBuilder.dot(for: input, options: DiagramOptions(focus: "hudle"))
        }
        #expect(RenderError.unknownFocus("hudle", suggestions: ["huddle"]).description
            == "nothing named 'hudle' to focus on; did you mean 'huddle'?")
    }

    @Test("a focus on a big map draws the neighbourhood, not the collapsed view")
    func focusBeatsCollapse() throws {
        let graph = try DiagramBuilder.graph(for: input, options: DiagramOptions(focus: "huddle", collapseThreshold: 2))
        #expect(graph.node(id: "act-huddle") != nil)
    }
}
