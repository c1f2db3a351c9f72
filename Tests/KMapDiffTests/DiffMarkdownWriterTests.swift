import KMapDiff
import Testing

/// The Markdown report.
@Suite struct DiffMarkdownWriterTests {
    @Test func writesATableAndListsWithUserTextEscaped() {
        let diff = Maps.diff(BaseMap.text, BaseMap.editing(("status planned", "status existing"))
            + "\nsharing cafe \"Knowledge *cafe* | <b>\" by coaches for teachers\n")
        let markdown = DiffMarkdownWriter.write(diff)
        #expect(markdown.hasPrefix("## Changes from old.kmap to new.kmap\n\n| | before | after |\n|---|---:|---:|\n| waves complete |"))
        #expect(markdown.contains("\n- added `cafe` \"Knowledge \\*cafe\\* \\| &lt;b&gt;\" (sharing)\n"))
        #expect(markdown.contains("\n- changed `adopt` \"Schools adopt the routine\" (application): status planned → existing\n"))
        #expect(markdown.contains("\n### Gaps\n"))
        #expect(markdown.contains("\n### Wave progress\n"))
    }

    @Test func anUnchangedMapSaysSo() {
        #expect(DiffMarkdownWriter.write(Maps.diff(BaseMap.text, BaseMap.text)).hasSuffix("\nNo changes.\n"))
    }

    @Test func renamesShowOldAndNewIds() {
        let markdown = DiffMarkdownWriter.write(Maps.diff(BaseMap.text, BaseMap.editing(("consolidation huddle", "consolidation data_huddle"), ("-> huddle ->", "-> data_huddle ->"))))
        #expect(markdown.contains("- renamed `huddle` → `data_huddle` \"Site data huddle\" (consolidation)\n"))
    }
}
