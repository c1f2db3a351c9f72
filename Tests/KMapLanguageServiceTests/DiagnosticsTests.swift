import KMapLanguageService
import Testing

@Suite struct DiagnosticsTests {
    @Test func syntaxAndReferenceErrorsCarryCodesRangesAndTheirFix() throws {
        let map = MarkedMap("""
        stakeholder teachers "Teachers"
        generation pdsa "PDSA" by ⟨s⟩teacher⟨e⟩s⟨x⟩

        """.replacingOccurrences(of: "⟨x⟩", with: ""))
        let broken = MarkedMap(map.text.replacingOccurrences(of: "by teachers", with: "by ⟨s⟩teacher⟨e⟩"))
        let diagnostics = broken.checked().diagnostics()
        let unknown = try #require(diagnostics.first { $0.severity == .error })
        #expect(unknown.code.hasPrefix("E"))
        #expect(unknown.range == TextRange(start: broken["s"], end: broken["e"]))
        #expect(unknown.message.contains("did you mean 'teachers'"))
        let fix = try #require(unknown.fix)
        #expect(fix.edit.newText == "teachers")
        let action = try #require(broken.checked().codeActions(in: TextRange(start: broken["s"], end: broken["s"])).first)
        #expect(action.isPreferred && action.edits == [fix.edit])
    }

    @Test func findingsCarryTheRuleLinkAndRelatedPlaces() throws {
        let document = MarkedMap("""
        stakeholder teachers "Teachers"
        generation pdsa "PDSA" by teachers
        capture brief "Brief" by teachers

        """).checked()
        let diagnostics = document.diagnostics(rulesURL: "https://example.org/RULES.md")
        let orphan = try #require(diagnostics.first { $0.slug == "orphan-activity" })
        #expect(orphan.code == "KM004")
        #expect(orphan.ruleLink == "https://example.org/RULES.md#km004-orphan-activity")
        #expect(orphan.suppressibleRule == "orphan-activity")
        let duplicate = MarkedMap("generation ⟨first⟩pdsa \"A\"\ngeneration pdsa \"B\"\n").checked()
        let related = duplicate.diagnostics().flatMap(\.related)
        #expect(related.map(\.location.range.start) == [TextPosition(line: 0, character: 11)])
    }

    @Test func suppressingWithAReasonWritesTheCommentAndSilencesTheFinding() throws {
        let text = "stakeholder teachers \"Teachers\"\r\ngeneration pdsa \"PDSA\" by teachers\r\ncapture brief \"Brief\" by teachers\r\n"
        let document = CheckedDocument(TextDocument(uri: "file:///tmp/m.kmap", version: 1, text: text), path: "/tmp/m.kmap")
        let orphan = try #require(document.diagnostics().first { $0.slug == "orphan-activity" && $0.range.start.line == 2 })
        let action = try #require(document.codeActions(in: orphan.range).first { $0.title.hasPrefix("Suppress orphan-activity") })
        let edit = try #require(action.edits.first)
        #expect(edit.newText == " # kmap: ignore orphan-activity -- \(CheckedDocument.suppressionReason)")
        let changed = document.document.applying([DocumentChange(range: edit.range, text: edit.newText)], version: 2)
        #expect(changed.text.contains("by teachers # kmap: ignore orphan-activity -- why this gap is accepted\r\n"))
        let after = CheckedDocument(changed, path: "/tmp/m.kmap").diagnostics()
        #expect(!after.contains { $0.slug == "orphan-activity" && $0.range.start.line == 2 })
    }
}
