@testable import KMapLanguage
import Testing

@Suite struct LexerTests {
    private func kinds(_ text: String) -> [TokenKind] {
        Lexer.tokenize(SourceFile(path: "t", text: text)).tokens.map(\.kind)
    }

    private func texts(_ text: String) -> [String] {
        let source = SourceFile(path: "t", text: text)
        return Lexer.tokenize(source).tokens.dropLast().map { source.text(in: $0.range) }
    }

    @Test func arrowsSplitIdentifiers() {
        #expect(texts("a->b") == ["a", "->", "b"])
        #expect(texts("half-year a-->b") == ["half-year", "a-", "->", "b"])
        #expect(texts("x_1-y") == ["x_1-y"])
    }

    @Test func everyTokenKind() {
        #expect(kinds("id \"s\" 42 { } , -> : # c\n") == [
            .identifier, .string, .number, .leftBrace, .rightBrace, .comma, .arrow, .colon, .comment, .newline, .endOfFile,
        ])
    }

    @Test func numbersAndNamesMayTouch() {
        #expect(texts("3weeks") == ["3", "weeks"])
    }

    @Test func crlfIsOneNewlineAndNotPartOfComments() {
        let source = SourceFile(path: "t", text: "a # c\r\nb\r\n")
        let tokens = Lexer.tokenize(source).tokens
        #expect(tokens.map(\.kind) == [.identifier, .comment, .newline, .identifier, .newline, .endOfFile])
        #expect(source.text(in: tokens[1].range) == "# c")
        #expect(source.text(in: tokens[2].range) == "\r\n")
    }

    @Test func tabsAndLoneCarriageReturnsSeparateTokens() {
        #expect(texts("a\tb\rc") == ["a", "b", "c"])
    }

    @Test func stringsKeepEscapesForTheParser() {
        let source = SourceFile(path: "t", text: #""a \"b\" \\""#)
        let (tokens, diagnostics) = Lexer.tokenize(source)
        #expect(diagnostics.isEmpty)
        #expect(tokens.first?.hasEscapes == true)
        #expect(tokens.first?.range == SourceRange(start: 0, end: source.bytes.count))
    }

    @Test func unterminatedStringRunsToTheLineEnd() {
        let source = SourceFile(path: "t", text: "\"abc\r\nx")
        let (tokens, diagnostics) = Lexer.tokenize(source)
        #expect(diagnostics.map(\.id) == [.unterminatedString])
        #expect(diagnostics.first?.range == SourceRange(start: 0, end: 1))
        #expect(tokens.first?.isUnterminated == true)
        #expect(source.text(in: tokens[0].range) == "\"abc")
        #expect(tokens.map(\.kind) == [.string, .newline, .identifier, .endOfFile])
    }

    @Test func controlCharactersAreNamedByCodePoint() {
        let (_, diagnostics) = Lexer.tokenize(SourceFile(path: "t", text: "a \u{7} b"))
        #expect(diagnostics.map(\.message) == ["unexpected character 'U+0007'"])
    }
}
