import KMapLanguage
import Testing
@testable import KMapRender

/// Labels with characters no installed font draws are reported, once per label, as warnings.
@Suite("MissingGlyphs")
struct MissingGlyphsTests {
    /// Basic Latin and Latin-1 only, as a machine with one small font would list them.
    let latin = FontCoverage(fontconfigCharsets: "20-7e a0-ff\n41-5a 2014\n")

    @Test("fontconfig's character sets are read as ranges and single code points")
    func coverage() {
        #expect(latin.covers("A") && latin.covers("~") && latin.covers("é") && latin.covers("—"))
        #expect(!latin.covers("教") && !latin.covers("\u{7F}") && !latin.covers("👩"))
        let empty = FontCoverage(fontconfigCharsets: "not hex zz-1 5-3\n")
        #expect(!empty.covers("A"))
    }

    @Test("a label with uncovered characters gets one warning at its declaration, naming them")
    func uncoveredLabels() throws {
        let map = ExampleMaps.compile("""
            stakeholder t "Teachers 教师"
            generation g "Idea 👩‍🏫 and 教师" by t
            capture c "Plain brief" by t for t
            g -> c : "ok"
            """)
        let diagnostics = MissingGlyphs.diagnostics(in: map, coverage: latin)
        #expect(diagnostics.count == 2)
        #expect(diagnostics.allSatisfy { $0.id == MissingGlyphs.id && $0.severity == .warning })
        let activity = try #require(diagnostics.first { map.source.line(of: $0.range.start) == 2 })
        // The joiner between the two emoji needs no glyph; the repeated 教 is named once.
        #expect(activity.message == "no installed font draws '👩' (U+1F469), '🏫' (U+1F3EB), '教' (U+6559), '师' (U+5E08): PNG and PDF show a box instead")
        #expect(MissingGlyphs.diagnostics(in: map, coverage: FontCoverage(fontconfigCharsets: "20-7e 2000-2fff 4e00-9fff 1f300-1faff")).isEmpty)
    }
}
