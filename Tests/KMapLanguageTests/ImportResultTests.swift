import KMapLanguage
import Testing

/// The one result type of the imports: map text unless a problem is an error.
@Suite struct ImportResultTests {
    private struct Problem: SeverityRated, Sendable {
        var severity: Severity
    }

    @Test func countsOnlyTheErrors() {
        let result = ImportResult(mapText: nil, problems: [Problem(severity: .error), Problem(severity: .warning), Problem(severity: .error)])
        #expect(result.errorCount == 2)
        #expect(result.problems.hasErrors)
    }

    @Test func warningsAloneKeepTheMap() {
        let result = ImportResult(mapText: "map \"M\"\n", problems: [Problem(severity: .warning)])
        #expect(result.errorCount == 0 && !result.problems.hasErrors)
        #expect(result.mapText == "map \"M\"\n")
    }
}
