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
}
