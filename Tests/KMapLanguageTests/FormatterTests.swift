import Foundation
import KMapLanguage
import Testing

@Suite struct FormatterTests {
    private func format(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> String {
        Formatter.format(parseClean(text, sourceLocation: sourceLocation))
    }

    /// The `kmap` code blocks of docs/LANGUAGE.md, which must be valid and in canonical form.
    static func documentationExamples() throws -> [String] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("docs/LANGUAGE.md")
        let lines = try String(contentsOf: url, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        var examples: [String] = []
        var current: [Substring]?
        for line in lines {
            if line == "```kmap" {
                current = []
            } else if line == "```", let example = current {
                examples.append(example.joined(separator: "\n") + "\n")
                current = nil
            } else {
                current?.append(line)
            }
        }
        return examples
    }

    @Test func documentationExamplesAreCanonical() throws {
        let examples = try Self.documentationExamples()
        #expect(examples.count >= 3)
        for example in examples {
            #expect(format(example) == example)
        }
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
