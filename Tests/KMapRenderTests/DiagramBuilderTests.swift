import KMapTestSupport
import Testing
import KMapRender

@Suite("DiagramBuilder")
struct DiagramBuilderTests {
    @Test("small maps match their golden DOT", arguments: DiagramOptions.View.allCases)
    func goldenSmall(view: DiagramOptions.View) throws {
        let input = Analysed.input(SampleMaps.literacy.map())
        Golden.check(try DiagramBuilder.dot(for: input, options: DiagramOptions(view: view)), "sample-\(view).dot")
        let mermaid = try MermaidWriter.flowchart(for: input, options: DiagramOptions(view: view))
        Golden.check(mermaid, "sample-\(view).mmd")
    }

    @Test("the example maps match their golden DOT and their gallery SVG", arguments: ExampleMaps.names)
    func goldenExamples(name: String) throws {
        let input = Analysed.input(try ExampleMaps.map(name))
        for view in DiagramOptions.View.allCases {
            let dot = try DiagramBuilder.dot(for: input, options: DiagramOptions(view: view))
            Golden.check(dot, "\(name)-\(view).dot")
        }
        let svg = try Renderer.render(input, options: DiagramOptions(), format: .svg)
        Golden.check(String(decoding: svg, as: UTF8.self), "\(name).svg", in: Golden.gallery)
    }

    @Test("the dot binary draws the same SVG bytes as the library", arguments: ExampleMaps.names)
    func sameAsDotBinary(name: String) throws {
        let input = Analysed.input(try ExampleMaps.map(name))
        for view in DiagramOptions.View.allCases {
            let dot = try DiagramBuilder.dot(for: input, options: DiagramOptions(view: view))
            let fromBinary = String(decoding: try Tools.dotBinarySVG(dot), as: UTF8.self)
            let inProcess = String(decoding: try Renderer.render(dot: dot, format: .svg), as: UTF8.self)
            GoldenFile.expectEqual(inProcess, fromBinary, "\(name) \(view)")
        }
    }

    @Test("the SVG of every example map is well-formed, titled, with unique ids", arguments: ExampleMaps.names)
    func wellFormed(name: String) throws {
        let input = Analysed.input(try ExampleMaps.map(name))
        for view in DiagramOptions.View.allCases {
            let svg = try Renderer.render(input, options: DiagramOptions(view: view), format: .svg)
            #expect(try Tools.isWellFormedXML(svg))
            let document = try #require(SVGDocument(svg))
            #expect(document.titles.first == "kmap")
            #expect(Set(document.allIDs).count == document.allIDs.count)
        }
    }

    @Test("same input, same bytes, in every format")
    func deterministic() throws {
        let map = try ExampleMaps.map("literacy-network")
        for format in OutputFormat.allCases {
            let first = try Renderer.render(Analysed.input(map), options: DiagramOptions(), format: format)
            let second = try Renderer.render(Analysed.input(map), options: DiagramOptions(), format: format)
            #expect(first.count == second.count && first == second, "\(format) differs")
        }
    }

    @Test("degenerate maps draw in every view and format: empty, without phases, with one phase")
    func degenerateMaps() throws {
        var noPhases = MapFixture(title: nil)
        noPhases.phases = []
        noPhases.repository("r", "R")
        noPhases.stakeholder("s", "S")
        var onePhase = MapFixture()
        onePhase.phases = ["only"]
        onePhase.repository("r", "R")
        onePhase.activity("only", "a", "A")
        onePhase.flow("a", "r")
        for fixture in [MapFixture(title: "Nothing"), noPhases, onePhase] {
            let input = Analysed.input(fixture.map())
            for view in DiagramOptions.View.allCases {
                for format in OutputFormat.allCases {
                    #expect(try !Renderer.render(input, options: DiagramOptions(view: view), format: format).isEmpty)
                }
            }
        }
    }
}
