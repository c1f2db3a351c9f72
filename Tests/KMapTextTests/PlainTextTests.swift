import KMapText
import PropertyBased
import Testing

/// The one rule for dropped control characters, and the escapers that build on it.
@Suite struct PlainTextTests {
    @Test func cleaningDropsEveryControlRangeAndKeepsTheRest() {
        #expect(PlainText.clean("a\tb\nc\rd") == "a b c d")
        #expect(PlainText.clean("\u{00}\u{1B}[31mred\u{7F}\u{85}\u{9B}\u{FFFE}\u{FFFF}") == "[31mred")
        #expect(PlainText.clean("שלום 日本 \u{1F600} e\u{0301} \u{A0}\u{2028}") == "שלום 日本 \u{1F600} e\u{0301} \u{A0}\u{2028}")
    }

    @Test func cleanedTextHoldsNoDroppedCharacterAndIsStable() async {
        await propertyCheck(count: 500, input: Gen.uint64().array(of: 0...30)) { seeds in
            let cleaned = PlainText.clean(RandomText.text(seeds))
            #expect(!cleaned.unicodeScalars.contains { PlainText.isDropped($0) || $0.value < 0x20 })
            #expect(PlainText.clean(cleaned) == cleaned)
        }
    }

    /// The escaping loop copies unchanged runs whole: it writes what cleaning the text and then
    /// replacing scalar by scalar writes.
    @Test func escapingEqualsCleaningThenReplacingEachScalar() async {
        let replacement = { (scalar: Unicode.Scalar) -> String? in
            switch scalar {
            case "&": "&amp;"
            case " ": "_"
            case "\u{1F600}": ":)"
            default: nil
            }
        }
        await propertyCheck(count: 500, input: Gen.uint64().array(of: 0...30)) { seeds in
            let text = RandomText.text(seeds)
            var expected = ""
            for scalar in PlainText.clean(text).unicodeScalars {
                if let replaced = replacement(scalar) { expected += replaced } else { expected.unicodeScalars.append(scalar) }
            }
            #expect(Array(PlainText.escaping(text, replacement).utf8) == Array(expected.utf8), "\(text.debugDescription)")
        }
    }

    @Test func everyEscaperDropsTheSameCharacters() {
        let text = "a\u{1B}b\u{85}c\u{FFFE}d\u{01}e"
        #expect(XMLText.escape(text) == "abcde")
        #expect(DOTText.quoted(text) == "\"abcde\"")
        #expect(DOTText.htmlLabel(text) == "abcde")
        #expect(MarkdownText.inline(text) == "abcde")
        #expect(MermaidText.escape(text) == "abcde")
        #expect(CSVText.cell(text) == "abcde")
        #expect(TerminalText.plain(text) == "abcde")
    }

    @Test func dotStringsAndLabelsKeepGraphvizFromExpandingText() {
        #expect(DOTText.quoted(#"say "hi" \N & go"#) == #""say \"hi\" \\N &amp; go""#)
        #expect(DOTText.htmlLabel(#"<b> & "x" 'y' \G"#) == #"&lt;b&gt; &amp; &quot;x&quot; &#39;y&#39; \\G"#)
    }

    @Test func csvCellsAreGuardedCleanedAndQuoted() {
        #expect(CSVText.cell("=SUM(A1)") == "'=SUM(A1)")
        #expect(CSVText.cell("-3") == "'-3")
        #expect(CSVText.cell("\"\u{0301}") == "\"\"\"\u{0301}\"", "a quote with a combining mark is still doubled")
        #expect(CSVText.cell("a,\"b\"") == "\"a,\"\"b\"\"\"")
        #expect(CSVText.cell("fix\u{1B}[2J\u{01}") == "fix[2J")
    }

    @Test func csvGuardReadsBackExactly() async {
        await propertyCheck(count: 500, input: Gen.uint64().array(of: 0...12)) { seeds in
            let text = RandomText.text(seeds)
            #expect(CSVText.unguarded(CSVText.guarded(text)) == text)
        }
    }

    @Test func terminalStyleIsANoOpWhenColourIsOff() {
        #expect(TerminalStyle(enabled: false).apply(.boldRed, "x") == "x")
        #expect(TerminalStyle(enabled: true).apply(.boldRed, "x") == "\u{1B}[1;31mx\u{1B}[0m")
        #expect(TerminalStyle(enabled: true).apply(.green, "x") == "\u{1B}[32mx\u{1B}[0m")
    }

    @Test func markdownTableCellsKeepMarkupButNotColumnBreaks() {
        #expect(MarkdownText.tableCell(markup: "`a|b`\nnext") == "`a\\|b` next")
    }
}
