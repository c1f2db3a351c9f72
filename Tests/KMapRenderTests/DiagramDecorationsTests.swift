import KMapModel
import KMapRender
import Testing

/// The overlay later stages decorate a picture through, applied while the diagram is built.
@Suite struct DiagramDecorationsTests {
    private let map = SampleMaps.literacy.map()

    private func diagram(_ decorate: (inout DiagramDecorations) -> Void, options: DiagramOptions = DiagramOptions()) throws -> Diagram {
        var input = Analysed.input(map)
        decorate(&input.decorations)
        return try DiagramBuilder.diagram(for: input, options: options)
    }

    @Test func marksReplaceAttributesAndAddRowsInOrder() throws {
        let graph = try diagram { decorations in
            decorations.mark(.activity("memo"), .init(attributes: [.text("color", "#228833")], labelRows: [HTMLLabel(trustedMarkup: "<I>one</I>")]))
            decorations.mark(.activity("memo"), .init(labelRows: [HTMLLabel(trustedMarkup: "<I>two</I>")]))
            decorations.mark(.flow(from: "pdsa", to: "huddle", occurrence: 1), .init(attributes: [.text("penwidth", "2.2")]))
        }.graph
        let memo = try #require(graph.node(id: "act-memo"))
        #expect(memo.attributes.filter { $0.name == "color" } == [.text("color", "#228833")])
        let label = try #require(memo.text("label"))
        let one = try #require(label.range(of: "<I>one</I>"))
        let two = try #require(label.range(of: "<I>two</I>"))
        #expect(one.lowerBound < two.lowerBound)
        #expect(memo.attributes.last?.name == "label")
        #expect(graph.edge(id: "flow-pdsa.huddle")?.text("penwidth") == "2.2")
    }

    @Test func aMarkOnAnElementNotDrawnChangesNothing() throws {
        let plain = try DiagramBuilder.graph(for: Analysed.input(map), options: DiagramOptions())
        let marked = try diagram { $0.mark(.activity("nowhere"), .init(attributes: [.text("color", "red")])) }
        #expect(marked.graph == plain)
        #expect(!marked.elements.contains(.activity("nowhere")))
    }

    @Test func aGhostJoinsItsPhaseColumnAndGhostEdgesNeedBothEnds() throws {
        let ghost = DiagramElement.removed(.activity("cafe"))
        let diagram = try diagram { decorations in
            decorations.ghostNodes = [
                .init(ghost, placement: .phase("sharing"), attributes: [.text("style", "dashed")], labelRows: [HTMLLabel(trustedMarkup: "<S>Cafe</S>")]),
                .init(.removed(.activity("lost")), placement: .phase("no-such-phase"), attributes: [], labelRows: []),
            ]
            decorations.ghostEdges = [
                .init(.removed(.flow(from: "brief", to: "cafe", occurrence: 1)), from: .activity("brief"), to: ghost, attributes: []),
                .init(.removed(.flow(from: "lost", to: "adopt", occurrence: 1)), from: .removed(.activity("lost")), to: .activity("adopt"), attributes: []),
            ]
        }
        let graph = diagram.graph
        let node = try #require(graph.node(id: "removed-act-cafe"))
        #expect(node.text("label")?.contains("<S>Cafe</S>") == true)
        let header = try #require(graph.node(id: "phase-sharing"))
        #expect(graph.rankGroups.contains { $0.members.contains(header.name) && $0.members.contains(node.name) })
        #expect(graph.node(id: "removed-act-lost") == nil)
        #expect(graph.edge(id: "removed-flow-brief.cafe")?.to == node.name)
        #expect(graph.edge(id: "removed-flow-lost.adopt") == nil)
        #expect(diagram.elements.contains(ghost) && !diagram.elements.contains(.removed(.activity("lost"))))
    }

    @Test func picturesWithoutPhaseColumnsDrawNoGhosts() throws {
        for options in [DiagramOptions(collapseThreshold: 2), DiagramOptions(view: .stakeholders)] {
            let diagram = try diagram({ decorations in
                decorations.ghostNodes = [.init(.removed(.repository("box")), placement: .withPhaseColumns, attributes: [], labelRows: [])]
            }, options: options)
            #expect(!diagram.elements.contains(.removed(.repository("box"))))
        }
    }
}
