import Testing
@testable import KMapReport

@Suite struct MarkdownReportTests {
    @Test(arguments: [("small", TestMaps.small), ("custom", TestMaps.custom)])
    func matchesGolden(name: String, text: String) {
        let analysis = TestMaps.analyse(text, path: "maps/\(name).kmap").analysis
        Golden.check(MarkdownReport.render(analysis, diagramFile: "report-\(name).svg"), named: "report-\(name).md")
    }

    @Test func noMapTextBecomesHTMLOrMarkup() {
        let markdown = MarkdownReport.render(TestMaps.analyse(TestMaps.hostile).analysis, diagramFile: "my report.svg")
        let outsideCode = Self.withoutCodeBlocks(markdown)
        #expect(!outsideCode.contains("<script"))
        #expect(!outsideCode.contains("<img"))
        #expect(markdown.contains("```kmap\n13 | gen -> cap -> shr : \"<script>alert('flow')</script>\"\n```"))
        #expect(markdown.contains("# &lt;script&gt;alert('title')&lt;/script&gt;\n"))
        #expect(markdown.contains("![Waves diagram of &lt;script&gt;alert('title')&lt;/script&gt;](my%20report.svg)"))
        #expect(markdown.contains(#"- a \| b &amp; &lt;b&gt;bold&lt;/b&gt;"#))
    }

    @Test func tableRowsKeepTheirColumns() {
        let markdown = MarkdownReport.render(TestMaps.analyse(TestMaps.hostile).analysis, diagramFile: nil)
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
        let markdown = MarkdownReport.render(analysis, diagramFile: nil, diagramNote: "The diagram could not be drawn: boom")
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
