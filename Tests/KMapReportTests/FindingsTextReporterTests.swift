import KMapAnalysis
@testable import KMapReport
import Testing

@Suite struct FindingsTextReporterTests {
    @Test func matchesTheGoldenReport() {
        Golden.check(FindingsTextReporter.report(CannedAnalysis.result()), named: "findings.txt")
    }

    @Test func endsWithTheSummaryLine() {
        let result = CannedAnalysis.result()
        let report = FindingsTextReporter.report(result)
        #expect(report.hasSuffix(result.summary.line + " · 2 suppressed\n"))
        #expect(report.contains("help: " + (result.findings.first?.remedy ?? "-")))
    }

    @Test func colourIsOptional() {
        let result = CannedAnalysis.result()
        #expect(!FindingsTextReporter.report(result).contains("\u{1B}["))
        #expect(FindingsTextReporter.report(result, useColor: true).contains("\u{1B}[1;32mhelp:"))
    }

    @Test func aNamedSummaryStartsWithTheFile() {
        let report = FindingsTextReporter.report(CannedAnalysis.result(), namingFile: true)
        #expect(report.hasSuffix("\nmaps/store operations.kmap: " + CannedAnalysis.result().summary.line + " · 2 suppressed\n"))
    }

    @Test func theTotalAddsUpEveryMap() throws {
        let canned = CannedAnalysis.result()
        let literacy = try TestMaps.example("literacy-network.kmap")
        let total = AnalysisSummary(adding: [canned.summary, literacy.summary])
        #expect(total.errors == canned.summary.errors + literacy.summary.errors)
        #expect(total.warnings == canned.summary.warnings + literacy.summary.warnings)
        #expect(total.totalWaves == canned.summary.totalWaves + literacy.summary.totalWaves)
        #expect(FindingsTextReporter.totalLine([canned, literacy]) == "total of 2 maps: \(total.line) · 2 suppressed\n")
        #expect(FindingsTextReporter.totalLine([literacy], invalidMaps: 2).hasPrefix("total of 3 maps: waves complete "))
        #expect(FindingsTextReporter.totalLine([literacy], invalidMaps: 2).hasSuffix(" · 2 maps invalid, not counted\n"))
    }
}
