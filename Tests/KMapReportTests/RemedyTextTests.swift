import Foundation
import Testing
@testable import KMapReport

/// Code spans in remedies: shown as code in HTML and Markdown, never as literal backticks, and
/// never as markup whatever the span holds.
@Suite struct RemedyTextTests {
    typealias Segment = RemedyText.Segment

    @Test func backtickPairsBecomeCodeSegments() {
        #expect(RemedyText("Declare them with `broker`, then pair them.").segments == [
            Segment(text: "Declare them with ", isCode: false), Segment(text: "broker", isCode: true),
            Segment(text: ", then pair them.", isCode: false),
        ])
        #expect(RemedyText("`by` and `for`").segments == [
            Segment(text: "by", isCode: true), Segment(text: " and ", isCode: false), Segment(text: "for", isCode: true),
        ])
    }

    @Test func anUnpairedOrEmptySpanStaysProse() {
        #expect(RemedyText("a ` alone").segments == [Segment(text: "a ` alone", isCode: false)])
        #expect(RemedyText("a `` b").segments == [Segment(text: "a ", isCode: false), Segment(text: "``", isCode: false), Segment(text: " b", isCode: false)])
        #expect(RemedyText("").segments.isEmpty)
    }

    @Test func aBacktickThatACombiningMarkFollowsMarksNoSpan() {
        #expect(RemedyText("a `\u{0301}b` é").segments == [Segment(text: "a `\u{0301}b` é", isCode: false)])
        #expect(RemedyText("日本 `code` x").segments == [
            Segment(text: "日本 ", isCode: false), Segment(text: "code", isCode: true), Segment(text: " x", isCode: false),
        ])
    }

    @Test func markdownWritesCodeSpansAndInertProse() {
        #expect(RemedyText("Add `standard \"...\"` to *the* header").markdown == #"Add `standard "..."` to \*the\* header"#)
        #expect(RemedyText("a ` alone").markdown == #"a \` alone"#)
        #expect(RemedyText("use `a`b` <i>").markdown == #"use `a`b\` &lt;i&gt;"#)
    }

    /// Every rule's remedy, in both reports of a map that triggers most rules: no backtick is
    /// left outside code, and each span of the rule's text is there as code.
    @Test func reportsOfTheBrokenMapShowRemediesAsCode() throws {
        let analysis = try TestMaps.example("broken-everything.kmap")
        let spans = Set(analysis.findings.flatMap { RemedyText($0.remedy).segments.filter(\.isCode).map(\.text) })
        #expect(spans.contains("broker"))
        let html = HTMLReport.render(analysis, diagram: nil)
        let remedies = html.components(separatedBy: #"<p class="remedy">"#).dropFirst().map { $0.components(separatedBy: "</p>")[0] }
        #expect(remedies.count == analysis.findings.count)
        for remedy in remedies { #expect(!remedy.contains("`"), "\(remedy)") }
        for span in spans {
            #expect(html.contains("<code>\(span.replacingOccurrences(of: "\"", with: "&quot;"))</code>"), "\(span)")
        }
        let markdown = MarkdownReport.render(analysis, diagram: nil)
        let lines = markdown.split(separator: "\n").filter { $0.hasPrefix("**Remedy:**") }
        #expect(lines.count == analysis.findings.count)
        for line in lines { #expect(!line.contains("\\`"), "\(line)") }
        for span in spans { #expect(markdown.contains("`\(span)`"), "\(span)") }
    }

    /// Labels reach remedies (a skipped phase names both ends of its flow), backticks and
    /// markup included: the only elements in a remedy paragraph are kmap's code spans.
    @Test func remediesHoldNoElementButCode() {
        let analysis = TestMaps.analyse("""
            map "Three steps" {
              phases make, keep, tell
            }
            stakeholder t "T"
            make g "<b>bold</b> `tick" by t
            tell c "<script>alert(1)</script>`" by t for t
            g -> c
            """).analysis
        #expect(analysis.findings.contains { $0.remedy.contains("<") })
        let html = HTMLReport.render(analysis, diagram: nil)
        for remedy in html.components(separatedBy: #"<p class="remedy">"#).dropFirst().map({ $0.components(separatedBy: "</p>")[0] }) {
            let elements = remedy.matches(of: /<[^>]*>/).map { String($0.output) }
            #expect(elements.allSatisfy { $0 == "<code>" || $0 == "</code>" }, "\(remedy)")
        }
    }
}
