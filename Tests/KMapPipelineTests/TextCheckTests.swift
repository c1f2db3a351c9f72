import KMapLanguage
import KMapPipeline
import Testing

/// Unsaved text is checked as a saved file would be, without touching the disk.
@Suite struct TextCheckTests {
    static let valid = PipelineTests.orphan

    @Test func validTextHasNoDiagnostics() {
        let outcome = TextCheck(path: "draft.kmap").check(Self.valid)
        #expect(outcome.diagnostics.isEmpty)
        #expect(outcome.source.path == "draft.kmap")
    }

    @Test func anUnknownReferenceIsReportedAtItsLine() throws {
        let text = Self.valid + "generation talks \"Talks\" by nobody\n"
        let outcome = TextCheck(path: "draft.kmap").check(text)
        let error = try #require(outcome.diagnostics.first { $0.severity == .error })
        #expect(outcome.source.line(of: error.range.start) == 3)
        #expect(error.message.contains("nobody"))
    }

    @Test func anUnclosedBlockIsAnErrorAtItsLine() throws {
        let text = Self.valid + "wave w {\n"
        let outcome = TextCheck(path: "draft.kmap").check(text)
        let error = try #require(outcome.diagnostics.first { $0.severity == .error })
        #expect(outcome.source.line(of: error.range.start) >= 3)
    }

    @Test func textOverTheInputLimitGetsTheLimitsDiagnostic() throws {
        let check = TextCheck(path: "draft.kmap", configuration: PipelineConfiguration(maxInputBytes: 16))
        let outcome = check.check(Self.valid)
        #expect(outcome.diagnostics.map(\.id.code) == ["E003"])
    }
}
