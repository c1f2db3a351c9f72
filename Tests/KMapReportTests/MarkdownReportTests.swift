import KMapAnalysis
import KMapRender
import KMapText
import Testing
@testable import KMapReport

@Suite struct MarkdownReportTests {
    @Test(arguments: [("small", TestMaps.small), ("custom", TestMaps.custom)])
    func matchesGolden(name: String, text: String) {
        let analysis = TestMaps.analyse(text, path: "maps/\(name).kmap").analysis
        // The waves view draws what the HTML report's stub draws; the stakeholders view every stakeholder.
        let waves = LinkedDiagram(file: "report-\(name).svg", elements: TestMaps.stubDiagram(for: analysis).elements)
        let people = LinkedDiagram(
            file: "report-\(name)-stakeholders.svg", elements: Set(analysis.map.stakeholders.map { DiagramElement.stakeholder($0.id) }))
        Golden.check(MarkdownReport.render(analysis, diagram: waves, stakeholderDiagram: people), named: "report-\(name).md")
    }

    /// As in the HTML report: the stakeholders view after the waves view, and captions that say
    /// which findings each view marks (broken-everything has findings about people, KM007-KM009).
    @Test func bothViewsAreLinkedWithCaptionsThatCountTheirFindings() throws {
        let analysis = try TestMaps.example("broken-everything.kmap")
        let waves = try ReportDiagram.file(for: analysis)
        let people = try ReportDiagram.file(for: analysis, options: DiagramOptions(view: .stakeholders))
        let markdown = MarkdownReport.render(
            analysis, diagram: LinkedDiagram(file: "report.svg", elements: waves.elements),
            stakeholderDiagram: LinkedDiagram(file: "report-stakeholders.svg", elements: people.elements))
        let captions = ReportModel(analysis: analysis, diagramElements: waves.elements, stakeholderElements: people.elements).captions
        #expect(captions.waves.contains("are marked in the stakeholders view below"))
        let section = try #require(markdown.firstRange(of: "## Diagrams\n").flatMap { start in
            markdown[start.lowerBound...].firstRange(of: "## Summary").map { markdown[start.lowerBound..<$0.lowerBound] }
        })
        #expect(section == """
            ## Diagrams

            ![Waves diagram of Store operations knowledge](report.svg)

            \(MarkdownText.inline(captions.waves))

            ### Stakeholders

            ![Stakeholders diagram of Store operations knowledge](report-stakeholders.svg)

            \(MarkdownText.inline(captions.stakeholders))


            """)
    }

    @Test func noMapTextBecomesHTMLOrMarkup() {
        let markdown = MarkdownReport.render(TestMaps.analyse(TestMaps.hostile).analysis, diagram: LinkedDiagram(file: "my report.svg", elements: []))
        let outsideCode = Self.withoutCodeBlocks(markdown)
        #expect(!outsideCode.contains("<script"))
        #expect(!outsideCode.contains("<img"))
        #expect(markdown.contains("```kmap\n13 | gen -> cap -> shr : \"<script>alert('flow')</script>\"\n```"))
        #expect(markdown.contains("# &lt;script&gt;alert('title')&lt;/script&gt;\n"))
        #expect(markdown.contains("![Waves diagram of &lt;script&gt;alert('title')&lt;/script&gt;](my%20report.svg)"))
        #expect(markdown.contains(#"- a \| b &amp; &lt;b&gt;bold&lt;/b&gt;"#))
    }

    @Test func tableRowsKeepTheirColumns() {
        let markdown = MarkdownReport.render(TestMaps.analyse(TestMaps.hostile).analysis, diagram: nil)
        var header: Int?
        for line in markdown.split(separator: "\n") {
            guard line.hasPrefix("|") else {
                header = nil
                continue
            }
            let columns = Self.unescapedPipes(in: line)
            if let header {
                #expect(columns == header, "\(line)")
            } else {
                header = columns
            }
        }
    }

    @Test func aReportWithoutDiagramFileSaysWhy() {
        let analysis = TestMaps.analyse(TestMaps.small).analysis
        let markdown = MarkdownReport.render(analysis, diagram: nil, diagramNote: "The diagram could not be drawn: boom")
        #expect(!markdown.contains("!["))
        #expect(markdown.contains("_The diagram could not be drawn: boom_"))
    }

    /// The text without its fenced code blocks (which Markdown shows literally).
    private static func withoutCodeBlocks(_ markdown: String) -> String {
        var inFence = false
        var kept: [Substring] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("```") {
                inFence.toggle()
            } else if !inFence {
                kept.append(line)
            }
        }
        return kept.joined(separator: "\n")
    }

    /// Pipes that are column separators: not preceded by a backslash.
    private static func unescapedPipes(in line: Substring) -> Int {
        var count = 0
        var escaped = false
        for character in line {
            if character == "|" && !escaped { count += 1 }
            escaped = character == "\\" && !escaped
        }
        return count
    }
}
