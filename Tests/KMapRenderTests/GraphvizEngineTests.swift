import Testing
@testable import KMapRender

@Suite("GraphvizEngine")
struct GraphvizEngineTests {
    @Test("a drawing does not depend on what the process drew before, nor on a new context")
    func independentOfHistory() throws {
        let input = Analysed.input(try ExampleMaps.map("literacy-network"))
        let literacy = try DiagramBuilder.dot(for: input, options: DiagramOptions())
        let first = try GraphvizEngine.render(dot: literacy, format: "svg")
        for name in ["broken-everything", "apqc-knowledge-flow"] {
            let other = Analysed.input(try ExampleMaps.map(name))
            for view in DiagramOptions.View.allCases {
                let dot = try DiagramBuilder.dot(for: other, options: DiagramOptions(view: view))
                _ = try GraphvizEngine.render(dot: dot, format: "svg")
            }
        }
        #expect(try GraphvizEngine.render(dot: literacy, format: "svg") == first)
        GraphvizEngine.releaseContext()
        #expect(try GraphvizEngine.render(dot: literacy, format: "svg") == first)
    }

    @Test("the names Graphviz shows are the names in the DOT text")
    func names() throws {
        let bytes = try GraphvizEngine.render(dot: "digraph named { first -> second; }", format: "svg")
        let svg = String(decoding: bytes, as: UTF8.self)
        #expect(svg.contains("<title>named</title>"))
        #expect(svg.contains("<title>first</title>"))
        #expect(svg.contains("<title>first&#45;&gt;second</title>"))
    }

    @Test("an unknown output format is an error, not a crash")
    func unknownFormat() {
        #expect(throws: RenderError.self) {
            try GraphvizEngine.render(dot: "digraph { a }", format: "no-such-format")
        }
    }
}
