import Foundation
import Testing
@testable import KMapRender

/// `render --page`: the drawing scaled, up or down, to fill the sheet in one direction and never
/// pass it in the other, on a sheet turned to landscape when the drawing is wider than tall.
@Suite("PageSize")
struct PageSizeTests {
    let input = Analysed.input(SampleMaps.literacy.map())

    /// The page of a PDF from cairo, which writes `/MediaBox [ 0 0 W H ]` as plain text.
    private func mediaBox(_ pdf: [UInt8]) throws -> (width: Double, height: Double) {
        let text = String(decoding: pdf, as: UTF8.self)
        let match = try #require(text.firstMatch(of: /\/MediaBox \[ 0 0 ([0-9.]+) ([0-9.]+) \]/))
        return (try #require(Double(match.output.1)), try #require(Double(match.output.2)))
    }

    @Test("the sheet turns with the drawing and Graphviz is told its size in inches")
    func orientation() {
        #expect(PageSize.a4.size(forWidth: 300, height: 100) == "11.6929,8.2678!")
        #expect(PageSize.a4.size(forWidth: 100, height: 300) == "8.2678,11.6929!")
        #expect(PageSize.slide.size(forWidth: 2, height: 1) == "13.3333,7.5!")
    }

    @Test("each sheet's PDF page fills it in one direction and stays inside it", arguments: PageSize.allCases)
    func pdfFitsTheSheet(page: PageSize) throws {
        for view in DiagramOptions.View.allCases {
            let (width, height) = try mediaBox(try Renderer.render(input, options: DiagramOptions(view: view), format: .pdf, page: page))
            let sheet = width > height ? (page.portrait.height, page.portrait.width) : page.portrait
            #expect(width <= sheet.0 + 1 && height <= sheet.1 + 1, "\(view): \(width) x \(height) on \(sheet)")
            #expect(abs(width - sheet.0) <= 1 || abs(height - sheet.1) <= 1, "\(view): \(width) x \(height) does not fill \(sheet)")
        }
    }

    @Test("a small drawing grows to the sheet, as a large one shrinks")
    func smallDrawingsGrow() throws {
        let small = Analysed.input(ExampleMaps.compile("generation g \"Idea\"\ncapture c \"Brief\"\ng -> c\n"))
        let plain = try mediaBox(try Renderer.render(small, options: DiagramOptions(), format: .pdf))
        let fitted = try mediaBox(try Renderer.render(small, options: DiagramOptions(), format: .pdf, page: .poster))
        #expect(fitted.width > plain.width * 1.5)
        #expect(abs(fitted.width - PageSize.poster.portrait.height) <= 1)
    }
}
