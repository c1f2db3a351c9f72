import Foundation
import Testing
@testable import KMapRender

@Suite("Renderer")
struct RendererTests {
    private let small = "digraph kmap { a -> b; }\n"

    @Test("draws SVG, PNG and PDF")
    func drawsEachFormat() throws {
        let svg = try Renderer.render(dot: small, format: .svg)
        #expect(String(decoding: svg, as: UTF8.self).contains("<svg"))
        let png = try Renderer.render(dot: small, format: .png)
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        let pdf = try Renderer.render(dot: small, format: .pdf)
        #expect(pdf.starts(with: Array("%PDF".utf8)))
    }

    @Test("same DOT, same bytes, in every format")
    func deterministic() throws {
        for format in [OutputFormat.svg, .png, .pdf] {
            let first = try Renderer.render(dot: small, format: format)
            let second = try Renderer.render(dot: small, format: format)
            #expect(first == second, "\(format)")
        }
    }

    @Test("text formats are not drawn by Graphviz")
    func refusesTextFormats() {
        #expect(throws: RenderError.notAGraphvizFormat(.mermaid)) {
            try Renderer.render(dot: small, format: .mermaid)
        }
    }

    @Test("a DOT syntax error is thrown with Graphviz's message")
    func syntaxError() {
        let error = #expect(throws: RenderError.self) {
            try Renderer.render(dot: "digraph { a -> ; }", format: .svg)
        }
        guard case .invalidDOT(let messages) = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(messages.contains("syntax error"))
    }

    @Test("an error Graphviz prints while returning success is thrown, and the next render works")
    func errorReportedDuringLayout() throws {
        let error = #expect(throws: RenderError.self) {
            try Renderer.render(dot: "digraph { a [label=<<B>x</I>>]; }", format: .svg)
        }
        guard case .graphviz(_, let messages) = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(messages.contains("mismatched tag"))
        let svg = try Renderer.render(dot: small, format: .svg)
        #expect(!svg.isEmpty)
    }

    @Test("many renders in one process, with the context released between some of them")
    func manyRenders() throws {
        var sizes = Set<Int>()
        for round in 0..<200 {
            if round % 50 == 49 { Renderer.releaseGraphviz() }
            sizes.insert(try Renderer.render(dot: small, format: .svg).count)
        }
        #expect(sizes.count == 1)
    }
}
