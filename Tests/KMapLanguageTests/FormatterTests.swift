import KMapLanguage
import Testing

@Suite struct FormatterTests {
    private func format(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        Formatter.format(parseClean(text, sourceLocation: sourceLocation))
    }

    /// The example at the top of docs/LANGUAGE.md is in canonical form.
    static let canonical = """
    # Literacy improvement network
    map "Literacy improvement network" {
      goal "Teachers across the network apply tested literacy routines"
      standard "A change idea counts as knowledge once it raised reading scores at 3+ sites"
    }

    stakeholder teachers   "Classroom teachers"
    stakeholder coaches    "Instructional coaches" broker
    stakeholder principals "School leadership teams"
    stakeholder district   "District office"       external

    repository drive "Network shared drive"

    generation    pdsa      "PDSA cycles in classrooms" by teachers every week technique inquiry-cycle
    consolidation huddle    "Site data huddle"          by teachers, coaches every month routine synthesis
    capture       brief     "Change-idea brief"         by coaches for principals
    sharing       convening "Network convening" {
      by coaches
      for teachers, principals
      every quarter
      technique community-of-practice
      indicator "Share of schools attending"
    }
    application   adopt     "Schools adopt the routine" by principals action act status planned

    pdsa -> huddle -> brief -> drive
    drive -> convening -> adopt
    adopt -> pdsa : "next inquiry cycle"

    """

    @Test func canonicalTextIsUnchanged() {
        #expect(format(Self.canonical) == Self.canonical)
    }

    @Test func layoutIsNormalised() {
        let messy = "\n\n# top   \nmap   \"M\"{#open\n\n  goal \"G\"   # why\n\n\n  rules {\n disable a,b\n severity x   warning\n\n }#done\n\n}\n"
            + "stakeholder a \"A\"\tbroker group g\nstakeholder long-name \"L\"\n\n\n"
            + "generation p \"P \\\"quoted\\\" \\\\ é\" by a,long-name every 3   weeks\ncapture c \"C\" {\n by a for a\n}\n"
            + "wave w \"W\" {\n\n generation q \"Q\"\n q->c:\"l\"#t\n\n}\n\n\n"
        let expected = """
        # top
        map "M" { #open
          goal "G" # why

          rules {
            disable a, b
            severity x warning
          } #done
        }
        stakeholder a         "A" broker group g
        stakeholder long-name "L"

        generation p "P \\"quoted\\" \\\\ é" by a, long-name every 3 weeks
        capture    c "C" {
          by a
          for a
        }
        wave w "W" {
          generation q "Q"
          q -> c : "l" #t
        }

        """
        #expect(format(messy) == expected)
    }

    @Test func emptyFileStaysEmpty() {
        #expect(format("") == "")
        #expect(format("\n\n\n") == "")
        #expect(format("# only a comment") == "# only a comment\n")
    }

    @Test func runsAreSplitByKindAndByOtherLines() {
        let text = """
        stakeholder a "A" broker
        repository rr "R" owner a
        generation gg "G" by a
        # comment
        capture ccc "C" by a

        """
        #expect(format(text) == text)
    }

    @Test func formattingPreservesTheTreeAndIsIdempotent() {
        let messy = "map \"M\" {\n  phases a,b\n}\nsharing s \"S\" by x {\n  for y # c\n  every week\n}\n"
        let first = Formatter.format(parseClean(messy))
        let reparsed = parseClean(first)
        #expect(reparsed.withoutRanges() == parseClean(messy).withoutRanges())
        #expect(Formatter.format(reparsed) == first)
    }
}
