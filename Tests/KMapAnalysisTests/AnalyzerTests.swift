import Foundation
import KMapAnalysis
import KMapLanguage
import KMapTestSupport
import Testing

@Suite struct AnalyzerTests {
    static let maps: [String] = {
        let directory = GoldenFile.repositoryRoot.appendingPathComponent("maps")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".kmap") }.sorted()
    }()

    @Test(arguments: maps)
    func exampleMapsAnalyseDeterministically(_ name: String) throws {
        let text = try String(contentsOf: GoldenFile.repositoryRoot.appendingPathComponent("maps/\(name)"), encoding: .utf8)
        let first = analyze(text)
        let second = analyze(text)
        #expect(first.findings == second.findings)
        #expect(first.waves == second.waves)
        #expect(first.findings == first.findings.sorted(by: Finding.fileOrder))
        #expect(first.configurationDiagnostics.isEmpty)
        #expect(first.summary.totalWaves == first.waves.count)
    }

    @Test func theMatureExampleHasNoFindings() throws {
        let text = try String(contentsOf: GoldenFile.repositoryRoot.appendingPathComponent("maps/mature-system.kmap"), encoding: .utf8)
        #expect(analyze(text).findings.map(\.message) == [])
    }

    @Test func aFindingBecomesADiagnosticWithItsRuleID() throws {
        let result = analyze("stakeholder t \"T\"\ncapture brief \"Brief\" by t\n")
        let finding = try #require(result.findings.first { $0.slug == "product-without-audience" })
        let diagnostic = finding.asDiagnostic()
        #expect(diagnostic.id == DiagnosticID(code: "KM011", slug: "product-without-audience"))
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.range == finding.range)
        #expect(diagnostic.message == finding.message)
        #expect(result.map.source.text(in: finding.range) == "brief")
        #expect(finding.key == "brief")
        #expect(finding.nodes == [.activity(0)])
    }

    @Test func theSummaryLineCountsWavesAndSeverities() {
        let waves = analyze(CommonExamplesText.twoWaves).waves
        let findings = [Severity.error, .warning, .warning, .info].map { severity in
            Finding(OpenLoopRule.description, severity: severity, range: .empty(at: 0), message: "", subject: .map, key: "map")
        }
        let summary = AnalysisSummary(waves: waves, findings: findings, suppressed: 0)
        #expect(summary.line == "waves complete 1/2 · 1 error, 2 warnings, 1 info")
        #expect(AnalysisSummary(waves: [], findings: [], suppressed: 0).line == "waves complete 0/0 · no findings")
    }

    @Test func anEmptyMapHasNothingToReport() {
        let result = Analyzer.analyze(compile(""))
        #expect(result.waves.isEmpty)
        #expect(result.findings.isEmpty)
    }
}

enum CommonExamplesText {
    /// One complete wave (`pdsa`) and one that stops at consolidation (`visits`).
    static let twoWaves = """
        stakeholder t "Teachers"
        generation pdsa "PDSA" by t
        generation visits "Visits" by t
        consolidation huddle "Huddle" by t
        consolidation notes "Notes" by t
        capture brief "Brief" by t for t
        sharing cop "CoP" by t for t
        application adopt "Adopt" by t
        pdsa -> huddle -> brief -> cop -> adopt -> pdsa
        visits -> notes
        """
}
