import KMapLanguageService
import Testing

@Suite struct OutlineAndFormattingTests {
    @Test func theOutlineGroupsActivitiesByWaveAndPhase() throws {
        let document = MarkedMap("""
        stakeholder teachers "Teachers"
        wave reading "Reading routines" {
          generation pdsa "PDSA" by teachers
          capture brief "Brief" by teachers
          pdsa -> brief
        }
        sharing convening "Convening" by teachers

        """).checked()
        let outline = document.outline()
        #expect(outline.map(\.name) == ["teachers", "Reading routines", "Activities"])
        let wave = outline[1]
        #expect(wave.kind == .wave)
        #expect(wave.children.map(\.name) == ["generation", "capture"])
        #expect(wave.children[0].children.map(\.name) == ["pdsa"])
        #expect(outline[2].children.map(\.name) == ["sharing"])
    }

    @Test func formattingReplacesTheTextWithTheCanonicalLayout() throws {
        let document = MarkedMap("stakeholder   teachers \"Teachers\"\ngeneration pdsa \"PDSA\"   by teachers\n").checked()
        let edit = try #require(document.formatted())
        #expect(edit.newText == "stakeholder teachers \"Teachers\"\ngeneration pdsa \"PDSA\" by teachers\n")
        #expect(edit.range.start == TextPosition(line: 0, character: 0))
        #expect(edit.range.end == TextPosition(line: 2, character: 0))
        #expect(MarkedMap(edit.newText).checked().formatted() == nil)
        #expect(MarkedMap("generation pdsa \"PDSA\n").checked().formatted() == nil) // a syntax error: refused
    }

    @Test func workspaceSymbolsSearchIdsAndLabelsOfEveryMap() {
        let first = TextDocument(uri: "file:///a.kmap", version: 1, text: "stakeholder teachers \"Classroom teachers\"\n")
        let second = TextDocument(uri: "file:///b.kmap", version: 1, text: "generation pdsa \"Teacher inquiry\"\n")
        let found = WorkspaceSymbols.search("TEACH", in: [first, second])
        #expect(found.map(\.name) == ["teachers", "pdsa"])
        #expect(found[1].location.uri == "file:///b.kmap")
        #expect(WorkspaceSymbols.search("nothing", in: [first, second]).isEmpty)
    }
}
