import KMapAnalysis
import KMapLanguage
import KMapLanguageService
import Testing
@testable import KMapStudio

/// The source pane's diagnostics come from the language service, for the file and the draft alike.
@Suite struct SourcePaneTests {
    static let valid = """
        stakeholder teachers "Classroom teachers"
        generation pdsa "PDSA cycles" by teachers

        """

    private func draft(_ text: String, maxBytes: Int = SourceLoader.defaultMaxBytes) -> [DiagnosticItem] {
        SourcePane.draft(text, path: "draft.kmap", configuration: AnalysisConfiguration(), maxBytes: maxBytes)
    }

    @Test func validTextHasNoDiagnosticsAndFindingsStayOutOfThePane() {
        #expect(draft(Self.valid).isEmpty)
        let checked = SourcePane.check(Self.valid, path: "draft.kmap", configuration: AnalysisConfiguration())
        #expect(checked.diagnostics().contains { $0.slug == "orphan-activity" })
    }

    @Test func anUnknownReferenceIsReportedAtItsLineAndColumn() throws {
        let text = Self.valid + "generation talks \"Talks\" by nobody\n"
        let error = try #require(draft(text).first { $0.severity == "error" })
        #expect(error.line == 3)
        #expect(error.column == 29)
        #expect(error.message.contains("nobody"))
    }

    @Test func columnsCountUTF16UnitsAsTheTextAreaDoes() throws {
        let text = Self.valid + "generation talks \"Tälks 🙂\" by nobody\n"
        let error = try #require(draft(text).first { $0.severity == "error" })
        #expect(error.column == 32)
    }

    @Test func theMapHeadersRuleSettingsAreChecked() throws {
        let text = "map \"M\" {\n  rules {\n    disable no-such-rule\n  }\n}\n" + Self.valid
        let problem = try #require(draft(text).first)
        #expect(problem.line == 3)
        #expect(problem.message.contains("no-such-rule"))
    }

    @Test func textOverTheInputLimitGetsTheLimitsDiagnostic() {
        #expect(draft(Self.valid, maxBytes: 16).map(\.code) == ["E003"])
    }

    @Test func theSnapshotAndTheDraftOfTheSameTextAgree() {
        let text = Self.valid + "wave w {\n"
        let snapshot = SnapshotBuilder.build(SourceFile(path: "draft.kmap", text: text))
        #expect(!snapshot.diagnostics.isEmpty)
        #expect(snapshot.diagnostics == draft(text))
    }
}
