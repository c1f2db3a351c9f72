import KMapTestSupport
import Testing
import KMapRender

/// Layouts of generated maps: Graphviz must finish, report no error and never crash.
@Suite("Large maps")
struct LargeMapTests {
    @Test("generated maps of 10 to 300 activities draw in every view", arguments: [
        (10, 1), (40, 2), (80, 3), (120, 4), (200, 5), (300, 6),
    ] as [(Int, UInt64)])
    func generated(activities: Int, seed: UInt64) throws {
        let input = Analysed.input(GeneratedMaps.map(activities: activities, seed: seed))
        for view in DiagramOptions.View.allCases {
            let svg = try Renderer.render(input, options: DiagramOptions(view: view), format: .svg)
            let document = try #require(SVGDocument(svg))
            if view == .waves {
                #expect(document.nodeIDs.filter { $0.hasPrefix("act-") }.count == activities)
            }
        }
    }

    @Test("a 1,000-activity map draws in full, its rows unboxed, collapsed by default, and its strongest links")
    func thousand() throws {
        let input = Analysed.input(GeneratedMaps.map(activities: 1000, seed: 7))
        let fullSVG = try Renderer.render(input, options: DiagramOptions(full: true), format: .svg)
        let full = try #require(SVGDocument(fullSVG))
        #expect(full.nodeIDs.filter { $0.hasPrefix("act-") }.count == 1000)
        #expect(full.clusterIDs.isEmpty)
        let collapsed = try #require(SVGDocument(try Renderer.render(input, options: DiagramOptions(), format: .svg)))
        #expect(collapsed.nodeIDs.filter { $0.hasPrefix("wave-") }.count == input.waves.count)
        let peopleSVG = try Renderer.render(input, options: DiagramOptions(view: .stakeholders), format: .svg)
        let people = try #require(SVGDocument(peopleSVG))
        #expect(people.edgeIDs.count == 150)
        #expect(people.texts.contains { $0.contains("strongest 150 of") })
    }

    @Test("graphs above the quick-layout threshold limit network simplex; smaller ones keep the full layout")
    func layoutEffort() throws {
        let large = try DiagramBuilder.graph(for: Analysed.input(GeneratedMaps.map(activities: 500, seed: 3)),
                                             options: DiagramOptions(full: true))
        #expect(large.nodeCount == large.allNodes.count)
        #expect(large.nodeCount > 400)
        #expect(large.attributes.filter { $0.name == "nslimit" } == [.text("nslimit", "1")])
        let small = try DiagramBuilder.graph(for: Analysed.input(GeneratedMaps.map(activities: 120, seed: 3)),
                                             options: DiagramOptions(full: true))
        #expect(small.nodeCount == small.allNodes.count)
        #expect(small.nodeCount > 100)
        #expect(!small.attributes.contains { $0.name == "nslimit" })
    }
}
