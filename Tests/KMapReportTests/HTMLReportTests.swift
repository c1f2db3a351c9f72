import Foundation
import Testing
@testable import KMapReport

@Suite struct HTMLReportTests {
    @Test(arguments: [("small", TestMaps.small), ("custom", TestMaps.custom)])
    func matchesGolden(name: String, text: String) {
        let analysis = TestMaps.analyse(text, path: "maps/\(name).kmap").analysis
        Golden.check(HTMLReport.render(analysis, diagram: TestMaps.stubDiagram(for: analysis)), named: "report-\(name).html")
    }

    @Test func everyMapTextIsEscaped() {
        let analysis = TestMaps.analyse(TestMaps.hostile).analysis
        let html = HTMLReport.render(analysis, diagram: nil, diagramNote: "<b>note</b>")
        #expect(!html.contains("<script"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>"))
        #expect(html.contains("&lt;script&gt;alert(&#39;title&#39;)&lt;/script&gt;"))
        #expect(html.contains("&lt;b&gt;note&lt;/b&gt;"))
    }

    @Test func theDiagramIsInsertedAsIs() {
        let analysis = TestMaps.analyse(TestMaps.small).analysis
        let diagram = TestMaps.stubDiagram(for: analysis)
        let html = HTMLReport.render(analysis, diagram: diagram)
        #expect(html.contains(diagram.svg))
        #expect(html.contains(##"<a href="#repo-archive">show in diagram</a>"##))
    }

    @Test func theCSSHasAPrintLayoutAndNoNetworkReferences() {
        let html = HTMLReport.render(TestMaps.analyse(TestMaps.small).analysis, diagram: nil)
        #expect(html.contains("@media print"))
        #expect(html.contains(":target"))
        for remote in ["http://", "https://", "<link", "<script", "@import", "url("] {
            #expect(!html.contains(remote), "the page refers to '\(remote)'")
        }
    }

    @Test func aMapWithoutFindingsSaysSo() {
        let html = HTMLReport.render(TestMaps.analyse(StarterMap.blank.text).analysis, diagram: nil)
        #expect(html.contains("No findings"))
        #expect(!html.contains("<article"))
    }
}
