import KMapDiff
import Testing

/// The terminal report.
@Suite struct DiffTextWriterTests {
    private var diff: MapDiff {
        Maps.diff(BaseMap.text, BaseMap.editing(("status planned", "status existing"))
            + "\nsharing cafe \"Knowledge *cafe*\" by coaches for teachers\ndrive -> cafe\n")
    }

    @Test func listsChangesByKindWithSigns() {
        let text = DiffTextWriter.write(diff)
        #expect(text.hasPrefix("old.kmap -> new.kmap\nbefore: waves complete "))
        #expect(text.contains("""

            Activities: 1 added, 1 changed
              + cafe "Knowledge *cafe*" (sharing)
              ~ adopt "Schools adopt the routine" (application)
                  status planned -> existing

            Flows: 1 added
              + drive -> cafe

            Gaps: 
            """))
        #expect(text.contains("\nWave progress: 0 changed, 1 unchanged\n"))
        #expect(!text.contains("\u{1B}["))
    }

    @Test func coloursSignsAndHeadingsWhenAsked() {
        let text = DiffTextWriter.write(diff, color: true)
        #expect(text.contains("\u{1B}[32m+\u{1B}[0m cafe"))
        #expect(text.contains("\u{1B}[33m~\u{1B}[0m adopt"))
        #expect(text.contains("\u{1B}[1mActivities: 1 added, 1 changed\u{1B}[0m"))
    }

    @Test func introducedFindingsCarrySeverityAndLine() throws {
        let diff = Maps.diff(BaseMap.text, BaseMap.text + "\nrepository archive \"Archive\"\nbrief -> archive\n")
        let finding = try #require(diff.gaps.introduced.first { $0.slug == "dead-end-repository" })
        let text = DiffTextWriter.write(diff)
        #expect(text.contains("✗ \(finding.code) dead-end-repository (\(finding.severity.rawValue), line 23): \(finding.message)\n"))
        let reverse = DiffTextWriter.write(Maps.diff(BaseMap.text + "\nrepository archive \"Archive\"\nbrief -> archive\n", BaseMap.text))
        #expect(reverse.contains("✓ \(finding.code) dead-end-repository: "))
    }

    @Test func renamesShowBothIds() {
        let text = DiffTextWriter.write(Maps.diff(BaseMap.text, BaseMap.editing(("generation pdsa", "generation cycles"), ("pdsa ->", "cycles ->"), ("-> pdsa", "-> cycles"))))
        #expect(text.contains("  > pdsa -> cycles \"PDSA cycles\" (generation)\n"))
    }
}
