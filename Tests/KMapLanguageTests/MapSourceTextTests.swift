import KMapLanguage
import KMapText
import PropertyBased
import Testing

/// ``MapSourceText/quoted(_:)`` writes the literals of the formatter and of the spreadsheet
/// importers: whatever the text, the parser reads the same text back, line breaks as spaces.
@Suite struct MapSourceTextTests {
    private static let alphabet: [Character] = [
        "\"", "\\", "#", "{", "}", ",", ":", "-", ">", " ", "\n", "\r", "a", "Z", "0", "é", "日", "\u{1F600}", "\u{2028}", "\u{0301}",
    ]

    @Test func anyTextReadsBackFromItsLiteral() async {
        await propertyCheck(count: 300, input: Gen.int(in: 0...(Self.alphabet.count - 1)).array(of: 0...30)) { picks in
            let text = String(picks.map { Self.alphabet[$0] })
            let parsed = Parser.parse(SourceFile(path: "t.kmap", text: "map \(MapSourceText.quoted(text))\n"))
            #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics.map(\.message)) for \(text.debugDescription)")
            guard case .header(let header)? = parsed.file.statements.first else {
                Issue.record("no header for \(text.debugDescription)")
                return
            }
            let expected = String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
            #expect(header.title?.value == expected)
        }
    }

    @Test func onlyQuotesAndBackslashesAreEscaped() {
        #expect(MapSourceText.quoted(#"say "hi" \ bye"#) == #""say \"hi\" \\ bye""#)
        #expect(MapSourceText.quoted("two\nlines") == "\"two lines\"")
        #expect(MapSourceText.quoted("") == "\"\"")
    }
}
