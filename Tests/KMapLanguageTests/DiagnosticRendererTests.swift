@testable import KMapLanguage
import Testing

@Suite struct DiagnosticRendererTests {
    /// A map with one error of each syntax kind, a tab and non-ASCII text before the errors.
    static let brokenMap = """
    map "Réseau 🎉" {
      goal "Apply what works"
    \tstandard "tested at \\q 3 sites"
    }
    stakeholder "Teachers"
    stakeholder coaches
    generation pdsa "PDSA" techniqe inquiry-cycle every 2 $
    capture brief "Brief
    sharing convening "Convening" {
      by coaches

    """

    private var brokenSource: SourceFile { SourceFile(path: "maps/broken.kmap", text: Self.brokenMap) }

    @Test func rendersEveryKindOfSyntaxError() {
        let source = brokenSource
        let result = Parser.parse(source)
        Golden.check(DiagnosticRenderer.render(result.diagnostics, in: source), named: "broken.txt")
    }

    @Test func rendersBracketedIDsAndColour() {
        let source = brokenSource
        let diagnostics = Parser.parse(source).diagnostics.filter { $0.id == .unknownKeyword }
        Golden.check(DiagnosticRenderer.render(diagnostics, in: source, showID: true), named: "broken-ids.txt")
        Golden.check(DiagnosticRenderer.render(diagnostics, in: source, useColor: true, showID: true), named: "broken-color.txt")
    }

    @Test func rendersFindingsOfOtherStages() {
        let source = SourceFile(path: "m.kmap", text: "sharing convening \"Convening\" for teachers\n")
        let finding = Diagnostic(
            DiagnosticID(code: "KM012", slug: "no-broker"), .warning, at: SourceRange(start: 8, end: 17),
            "sharing across groups with no broker", notes: [DiagnosticNote("the audience is another group")]
        )
        let info = Diagnostic(DiagnosticID(code: "KM020", slug: "hint"), .info, at: .empty(at: 0), "consider a retrospect")
        let expected = """
        m.kmap:1:9: warning[KM012 no-broker]: sharing across groups with no broker
          1 | sharing convening "Convening" for teachers
            |         ^~~~~~~~~
        note: the audience is another group

        m.kmap:1:1: info: consider a retrospect
          1 | sharing convening "Convening" for teachers
            | ^

        """
        let rendered = DiagnosticRenderer.render([finding], in: source, showID: true) + "\n"
            + DiagnosticRenderer.render(info, in: source)
        #expect(rendered == expected)
    }

    @Test func rendersLoadErrorsWithoutAnExcerpt() {
        guard case .failure(let missing) = SourceLoader.load(path: "nowhere.kmap") else { Issue.record("loaded"); return }
        #expect(DiagnosticRenderer.render(missing.diagnostic, in: missing.source) == "nowhere.kmap: error: cannot read 'nowhere.kmap': no such file\n")
        let bytes = Array("a \"b\"\nc \"d".utf8) + [0xFF] + Array("e\"\nf".utf8)
        guard case .failure(let invalid) = SourceLoader.decode(bytes: bytes, path: "bad.kmap") else { Issue.record("decoded"); return }
        #expect(DiagnosticRenderer.render(invalid.diagnostic, in: invalid.source) == """
        bad.kmap:2:5: error: invalid UTF-8 at byte offset 10 (byte 0xFF); save the file as UTF-8
          2 | c "d\u{FFFD}e"
            |     ^

        """)
    }

    @Test func underlinesAlignPastTabsAndWideText() {
        let source = SourceFile(path: "t.kmap", text: "\té🎉\tstakeholder $ x")
        let diagnostics = Parser.parse(source).diagnostics
        #expect(diagnostics.map(\.id) == [.invalidCharacter, .invalidCharacter, .missingLabel])
        let lines = DiagnosticRenderer.render(diagnostics[1], in: source).split(separator: "\n")
        #expect(lines.count >= 3)
        let excerpt = lines[1], underline = lines[2]
        let caret = underline.firstIndex(of: "^").map { underline.distance(from: underline.startIndex, to: $0) }
        let dollar = excerpt.firstIndex(of: "$").map { excerpt.distance(from: excerpt.startIndex, to: $0) }
        // 🎉 takes two columns of a terminal, one character of the excerpt.
        #expect(caret != nil && caret == dollar.map { $0 + 1 }, "\(lines)")
    }

    @Test("carets line up under text after wide characters: CJK and emoji take two columns")
    func caretsCountTerminalColumns() throws {
        for (prefix, columns) in [("漢字", 4), ("한국", 4), ("ｆｕｌｌ", 8), ("🇫🇷", 2), ("👩‍👩‍👧", 2), ("e\u{301}", 1), ("Ω", 1)] {
            let text = "x \"\(prefix)\" y"
            let source = SourceFile(path: "w.kmap", text: text)
            let offset = text.utf8.count - 1
            let diagnostic = Diagnostic(.unexpectedToken, .error, at: SourceRange(start: offset, end: offset + 1), "here")
            let lines = DiagnosticRenderer.render(diagnostic, in: source).split(separator: "\n")
            let underline = try #require(lines.count >= 3 ? lines[2] : nil)
            let gutter = try #require(underline.firstIndex(of: "|"))
            let caretColumn = underline[underline.index(gutter, offsetBy: 2)...].prefix { $0 == " " }.count
            // `x "` and `" ` take five columns around the prefix.
            #expect(caretColumn == 5 + columns, "\(prefix): \(lines)")
        }
    }

    @Test func displayWidths() {
        #expect(DisplayWidth.columns(of: "a") == 1)
        #expect(DisplayWidth.columns(of: "é") == 1)
        #expect(DisplayWidth.columns(of: "漢") == 2)
        #expect(DisplayWidth.columns(of: "🎉") == 2)
        #expect(DisplayWidth.columns(of: "❤️") == 2)
        #expect(DisplayWidth.columns(of: "❤") == 1)
    }
}
