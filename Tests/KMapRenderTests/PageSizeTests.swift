import Foundation
import KMapTestSupport
import Testing
@testable import KMapRender

/// `render --page`: the page is exactly the sheet, turned to landscape when the drawing is wider
/// than tall, and the drawing, scaled up or down, fills it less its margin in one direction and
/// sits in its middle in the other.
@Suite("PageSize")
struct PageSizeTests {
    /// A drawing wider than tall: the literacy network's two waves across five phases.
    static let wide = Analysed.input(SampleMaps.literacy.map())
    /// A drawing taller than wide: ten waves that each stop at consolidation.
    static let tall = Analysed.input(ExampleMaps.compile("stakeholder t \"Teachers\"\n" + (0..<10).map {
        "generation g\($0) \"Idea \($0)\" by t\nconsolidation c\($0) \"Huddle \($0)\" by t\ng\($0) -> c\($0)\n"
    }.joined()))

    /// The page of a PDF from cairo, which writes `/MediaBox [ 0 0 W H ]` as plain text.
    private func mediaBox(_ pdf: [UInt8]) throws -> (width: Double, height: Double) {
        let text = String(decoding: pdf, as: UTF8.self)
        let match = try #require(text.firstMatch(of: /\/MediaBox \[ 0 0 ([0-9.]+) ([0-9.]+) \]/))
        return (try #require(Double(match.output.1)), try #require(Double(match.output.2)))
    }

    @Test("the sheet turns to landscape when the drawing is wider than tall")
    func orientation() {
        #expect(PageSize.a4.sheet(forWidth: 300, height: 100) == (842, 595))
        #expect(PageSize.a4.sheet(forWidth: 100, height: 300) == (595, 842))
        #expect(PageSize.slide.sheet(forWidth: 2, height: 1) == (960, 540))
    }

    @Test("Graphviz is told the sheet's size and a pad that leaves the scaled drawing in the middle")
    func graphvizAttributes() {
        let attributes = PageSize.a4.graphvizAttributes(forWidth: 300, height: 100)
        // Scaled by 786 / 300 to fill the width less 2 x 28 pt; the height has room to spare.
        #expect(attributes.map(\.name) == ["size", "pad"])
        #expect(attributes.map(\.value) == ["11.6944,8.2639!", "0.1484,0.8826"])
    }

    @Test("every sheet's PDF page is exactly the sheet, in both views", arguments: PageSize.allCases)
    func pdfPageIsTheSheet(page: PageSize) throws {
        for view in DiagramOptions.View.allCases {
            let (width, height) = try mediaBox(try Renderer.render(Self.wide, options: DiagramOptions(view: view), format: .pdf, page: page))
            let sheet = page.sheet(forWidth: width, height: height)
            #expect(width == sheet.width && height == sheet.height, "\(view): \(width) x \(height) on \(sheet)")
        }
    }

    @Test("pdfinfo reads the sheet, landscape for a wide drawing and portrait for a tall one; the drawing is centred",
          .enabled(if: PDFPages.isAvailable, "needs poppler-utils (pdfinfo, pdftoppm)"),
          arguments: [PageSize.a4, .a3, .letter], [true, false])
    func pdfinfoReadsTheSheet(page: PageSize, isWide: Bool) throws {
        let pdf = FileManager.default.temporaryDirectory.appendingPathComponent("kmap-page-\(UUID().uuidString).pdf")
        try Data(try Renderer.render(isWide ? Self.wide : Self.tall, options: DiagramOptions(), format: .pdf, page: page)).write(to: pdf)
        defer { try? FileManager.default.removeItem(at: pdf) }
        let expected = isWide ? (page.portrait.height, page.portrait.width) : page.portrait
        let sizes = try PDFPages.sizes(of: pdf)
        #expect(sizes.count == 1)
        #expect(sizes.first.map { $0 == expected } == true, "\(sizes) is not \(expected)")
        // At 72 dpi a pixel is a point. The ink starts a few points inside the drawing's box
        // (more when it is scaled up), so the border is even on opposite sides within 8 pt, and
        // where the drawing fills the sheet it is the 28 pt margin plus that inset.
        let picture = try PDFPages.grey(pdf, page: 1, dpi: 72)
        let rows = picture.inkedRows(0..<picture.height)
        let columns = picture.inkedColumns(in: 0..<picture.height)
        let (top, bottom) = (rows.first ?? 0, picture.height - 1 - (rows.last ?? 0))
        let (left, right) = (columns.first ?? 0, picture.width - 1 - (columns.last ?? 0))
        let border = "left \(left), right \(right), top \(top), bottom \(bottom)"
        #expect(abs(left - right) <= 8 && abs(top - bottom) <= 8, "the drawing is off centre: \(border)")
        #expect((28...40).contains(min(left, top)), "the drawing does not fill the sheet less its margin: \(border)")
    }

    @Test("a small drawing grows to the sheet, as a large one shrinks")
    func smallDrawingsGrow() throws {
        let small = Analysed.input(ExampleMaps.compile("generation g \"Idea\"\ncapture c \"Brief\"\ng -> c\n"))
        let svg = String(decoding: try Renderer.render(small, options: DiagramOptions(), format: .svg, page: .poster), as: UTF8.self)
        let scale = try #require(svg.firstMatch(of: #/transform="scale\(([0-9.]+)[ ]/#).flatMap { Double($0.output.1) })
        #expect(scale > 2, "the drawing is drawn at \(scale) of its size")
        #expect(svg.contains(#"width="2384pt" height="1684pt""#))
    }
}
