/// The outcome of parsing: a syntax tree that is always usable, and every problem found.
public struct ParseResult: Sendable {
    public var file: MapFile
    /// Lexical and syntax diagnostics, in source order.
    public var diagnostics: [Diagnostic]

    public init(file: MapFile, diagnostics: [Diagnostic]) {
        self.file = file
        self.diagnostics = diagnostics
    }
}

/// Parses `.kmap` source text into a ``MapFile``.
///
/// The parser is line-oriented and recovers from every error: a bad line is reported and
/// skipped (to the end of the line, or past its block), and parsing goes on, so one run reports
/// every problem. It never recurses deeper than the language's fixed nesting
/// (wave > declaration > block > rules block), so no input can exhaust the stack.
public enum Parser {
    /// Parses a whole file.
    public static func parse(_ source: SourceFile) -> ParseResult {
        source.bytes.withUnsafeBufferPointer { buffer in
            var state = ParserState(bytes: buffer)
            let statements = state.parseFile()
            let diagnostics = (state.lexer.diagnostics + state.diagnostics).sortedByPosition()
            return ParseResult(file: MapFile(statements: statements, comments: state.comments), diagnostics: diagnostics)
        }
    }
}

/// The parser's working state: a token stream with two tokens of lookahead, and what has been
/// collected so far. Statement and attribute rules live in extensions in their own files.
struct ParserState {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The text of tokens. Kept apart from the state so that reading it never copies the state
    /// (a non-mutating method of the state, called while it is being changed, copies it whole).
    let source: TokenText
    var lexer: Lexer
    /// The token being looked at.
    private(set) var current: Token
    /// Tokens already read past `current`, for lookahead.
    private var ahead: [Token] = []
    /// End offset of the last token consumed other than comments and line breaks (where a
    /// missing token is reported).
    private(set) var previousEnd = 0
    var diagnostics: [Diagnostic] = []
    /// Every comment consumed, in source order.
    var comments: [Comment] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        source = TokenText(bytes: bytes)
        var lexer = Lexer(bytes: bytes)
        current = lexer.next()
        self.lexer = lexer
        ahead.reserveCapacity(2)
    }

    // MARK: Token stream

    /// Moves to the next token and returns the one just passed.
    @discardableResult
    mutating func advance() -> Token {
        let passed = current
        if passed.kind == .endOfFile { return passed }
        if passed.kind != .newline, passed.kind != .comment { previousEnd = passed.range.end }
        current = ahead.isEmpty ? lexer.next() : ahead.removeFirst()
        return passed
    }

    /// The token `distance` places after `current` (`peek(0)` is `current`).
    mutating func peek(_ distance: Int) -> Token {
        if distance == 0 { return current }
        while ahead.count < distance {
            if let last = ahead.last, last.kind == .endOfFile { return last }
            if current.kind == .endOfFile { return current }
            ahead.append(lexer.next())
        }
        return ahead[distance - 1]
    }

    /// Whether `current` ends the line: a comment, a line break or the end of the file.
    var atLineEnd: Bool {
        switch current.kind {
        case .comment, .newline, .endOfFile: true
        default: false
        }
    }

    // MARK: Diagnostics

    mutating func report(_ id: DiagnosticID, at range: SourceRange, _ message: String, notes: [DiagnosticNote] = [], fixIt: FixIt? = nil) {
        diagnostics.append(Diagnostic(id, .error, at: range, message, notes: notes, fixIt: fixIt))
    }

    /// E007 at `current`: "expected X, found Y".
    mutating func reportUnexpected(expected: String) {
        let range = current.kind == .newline || current.kind == .endOfFile ? SourceRange.empty(at: previousEnd) : current.range
        report(.unexpectedToken, at: range, "expected \(expected), found \(source.describe(current))")
    }

    // MARK: Line ends and recovery

    /// Consumes a comment token into ``comments``.
    mutating func takeComment() -> Comment {
        let token = advance()
        var end = token.range.end
        while end > token.range.start + 1, bytes[end - 1] == .space || bytes[end - 1] == .tab || bytes[end - 1] == .carriageReturn {
            end -= 1
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[(token.range.start + 1)..<end]), as: UTF8.self)
        let comment = Comment(text, range: token.range)
        comments.append(comment)
        return comment
    }

    /// Ends a line: an optional comment, then the line break. Anything else before them is
    /// reported (E007) and skipped. Returns the comment, if any.
    mutating func finishLine() -> Comment? {
        if !atLineEnd {
            reportUnexpected(expected: "the end of the line")
            skipToLineEnd()
        }
        let comment = current.kind == .comment ? takeComment() : nil
        if current.kind == .newline { advance() }
        return comment
    }

    /// Skips tokens up to (not including) the comment, line break or end of file of this line.
    mutating func skipToLineEnd() {
        while !atLineEnd { advance() }
    }

    /// Skips the rest of this line and, when it ends with `{`, every line up to the matching `}`
    /// (used when a whole statement is dropped). Iterative: nesting is counted, not recursed.
    mutating func skipStatement() {
        var depth = 0
        while current.kind != .endOfFile {
            let lastOnLine = current
            if atLineEnd {
                if current.kind == .comment { _ = takeComment() }
                if current.kind == .newline { advance() }
                if depth == 0 { return }
                continue
            }
            advance()
            if lastOnLine.kind == .leftBrace, atLineEnd { depth += 1 }
            if lastOnLine.kind == .rightBrace { depth -= 1 }
            if depth < 0 { depth = 0 }
        }
    }
}
