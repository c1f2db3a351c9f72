import Foundation
import KMapAnalysis
import KMapEvidence
import KMapLanguage
import KMapTestSupport
import Testing
@testable import KMapReport

/// The evidence section of the workshop report, on the gallery's year of evidence for the NGO
/// MEAL map, and on hostile labels.
@Suite struct EvidenceReportTests {
    /// The NGO MEAL map checked against its 2026 log.
    static func galleryEvidence() throws -> (analysis: AnalysisResult, report: EvidenceReport) {
        let analysis = try TestMaps.example("ngo-meal-system.kmap")
        let log = try String(contentsOf: GoldenFile.repositoryRoot.appendingPathComponent("maps/ngo-meal-system.evidence.csv"), encoding: .utf8)
        let evidence = EvidenceReader.read([SourceFile(path: "maps/ngo-meal-system.evidence.csv", text: log)], against: analysis.map)
        let period = EvidencePeriod(from: EvidenceDate(iso: "2026-01-01"), to: EvidenceDate(iso: "2026-12-31"))
        let result = EvidenceCheck.check(analysis.map, evidence: evidence, period: period)
        return (analysis, EvidenceReport(result, indicators: EvidenceIndicators(result.context), analysis: analysis))
    }

    @Test func theTimelineMatchesTheGalleryAndIsWellFormed() throws {
        let svg = try #require(try Self.galleryEvidence().report.timelineSVG)
        // The gallery's picture of it doubles as its golden file.
        GoldenFile.check(svg, against: GoldenFile.repositoryRoot.appendingPathComponent("docs/gallery/ngo-meal-system-evidence-timeline.svg"))
        #expect(try SVGWellFormedness.problems(in: svg) == "")
        let document = try #require(SVGDocument(Array(svg.utf8)))
        #expect(document.texts.contains("Post-distribution monitoring (pdm)"))
        #expect(document.titles.contains("pdm on 2026-10-14 (pdm-10)"), "each mark names its occurrence")
    }

    @Test func theMarkdownSectionMatchesGolden() throws {
        let (analysis, report) = try Self.galleryEvidence()
        let markdown = MarkdownReport.render(analysis, diagram: LinkedDiagram(file: "report.svg", elements: []), evidence: report, timelineFile: "report-timeline.svg")
        let section = try #require(markdown.components(separatedBy: "## Evidence\n").last?.components(separatedBy: "\n## ").first)
        Golden.check("## Evidence\n" + section + "\n", named: "evidence-section.md")
    }

    @Test func theHTMLSectionMatchesGoldenAndTheContentsLinkToIt() throws {
        let (analysis, report) = try Self.galleryEvidence()
        let page = HTMLReport.render(analysis, diagram: nil, evidence: report)
        let start = try #require(page.range(of: "<section id=\"evidence\">"))
        let end = try #require(page.range(of: "</section>", range: start.upperBound..<page.endIndex))
        Golden.check(String(page[start.lowerBound..<end.upperBound]) + "\n", named: "evidence-section.html")
        #expect(page.contains("<a href=\"#evidence\">Evidence</a>"))
        #expect(!HTMLReport.render(analysis, diagram: nil).contains("#evidence"), "no evidence, no section and no link")
    }

    @Test func labelsAreEscapedInEveryFormat() throws {
        let hostile = "<script>alert(1)</script> & \"x\""
        let analysis = TestMaps.analyse("""
            stakeholder staff "Project staff"
            generation aar "\(hostile)" by staff every month
            sharing cop "\(hostile)" by staff
            aar -> cop
            """).analysis
        let evidence = EvidenceReader.read([SourceFile(path: "log.csv", text: "date,activity,participants,id\n2026-01-12,aar,staff,<b>one</b>\n")], against: analysis.map)
        let result = EvidenceCheck.check(analysis.map, evidence: evidence)
        let report = EvidenceReport(result, indicators: EvidenceIndicators(result.context), analysis: analysis)
        let svg = try #require(report.timelineSVG)
        #expect(!svg.contains("<script>") && !svg.contains("<b>"))
        #expect(svg.contains("&lt;b&gt;one&lt;/b&gt;"))
        #expect(try SVGWellFormedness.problems(in: svg) == "")
        #expect(!HTMLReport.render(analysis, diagram: nil, evidence: report).contains("<script>"))
        let markdown = MarkdownReport.render(analysis, diagram: nil, evidence: report)
        let section = try #require(markdown.components(separatedBy: "## Evidence\n").last)
        #expect(!section.contains("<script>"), "outside the map's source excerpts, which are code blocks")
        #expect(section.contains("&lt;script&gt;"))
    }
}

/// `xmllint --noout`, when installed.
enum SVGWellFormedness {
    /// What xmllint says about `svg` (empty when well formed, or when xmllint is missing).
    static func problems(in svg: String) throws -> String {
        guard let xmllint = ExternalTool.find("xmllint") else { return "" }
        let outcome = try ExternalTool.run(xmllint, ["--noout", "-"], input: svg)
        return outcome.stderr + (outcome.status == 0 ? "" : "exit status \(outcome.status)")
    }
}
