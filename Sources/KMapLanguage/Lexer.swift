/// Splits `.kmap` source bytes into tokens, reporting E004, E005 and E006 as it goes.
///
/// Works on raw UTF-8 bytes: every token boundary in the language is an ASCII byte, so no
/// decoding happens until the parser asks for a token's text. Spaces, tabs and a carriage
/// return not followed by a line feed are skipped; invalid characters are reported and skipped,
/// one diagnostic per run of them.
struct Lexer {
    private let bytes: UnsafeBufferPointer<UInt8>
    private var position = 0
    /// Diagnostics found so far, in source order.
    private(set) var diagnostics: [Diagnostic] = []

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Tokenizes a whole source file (used by tools and tests; the parser pulls tokens lazily).
    static func tokenize(_ source: SourceFile) -> (tokens: [Token], diagnostics: [Diagnostic]) {
        source.bytes.withUnsafeBufferPointer { buffer in
            var lexer = Lexer(bytes: buffer)
            var tokens: [Token] = []
            while true {
                let token = lexer.next()
                tokens.append(token)
                if token.kind == .endOfFile { return (tokens, lexer.diagnostics) }
            }
        }
    }

    /// The next token; `.endOfFile` forever once the input is exhausted.
    mutating func next() -> Token {
        while position < bytes.count {
            let start = position
            let byte = bytes[position]
            switch byte {
            case .space, .tab:
                position += 1
            case .carriageReturn:
                if position + 1 < bytes.count, bytes[position + 1] == .lineFeed {
                    position += 2
                    return Token(.newline, SourceRange(start: start, end: position))
                }
                position += 1
            case .lineFeed:
                position += 1
                return Token(.newline, SourceRange(start: start, end: position))
            case .hash:
                return lexComment()
            case .quote:
                return lexString()
            case .digit0 ... .digit9:
                while position < bytes.count, bytes[position].isDigit { position += 1 }
                return Token(.number, SourceRange(start: start, end: position))
            case .leftBrace: return single(.leftBrace)
            case .rightBrace: return single(.rightBrace)
            case .comma: return single(.comma)
            case .colon: return single(.colon)
            case .minus where position + 1 < bytes.count && bytes[position + 1] == .greaterThan:
                position += 2
                return Token(.arrow, SourceRange(start: start, end: position))
            default:
                if byte.isIdentifierStart { return lexIdentifier() }
                skipInvalidCharacters()
            }
        }
        return Token(.endOfFile, .empty(at: bytes.count))
    }

    private mutating func single(_ kind: TokenKind) -> Token {
        position += 1
        return Token(kind, SourceRange(start: position - 1, end: position))
    }

    private mutating func lexIdentifier() -> Token {
        let start = position
        position += 1
        while position < bytes.count {
            let byte = bytes[position]
            if byte == .minus {
                if position + 1 < bytes.count, bytes[position + 1] == .greaterThan { break }
            } else if !byte.isIdentifierContinue {
                break
            }
            position += 1
        }
        return Token(.identifier, SourceRange(start: start, end: position))
    }

    /// A comment runs to the end of the line; a `\r` before the `\n` is not part of it.
    private mutating func lexComment() -> Token {
        let start = position
        while position < bytes.count, bytes[position] != .lineFeed { position += 1 }
        if position > start, bytes[position - 1] == .carriageReturn { position -= 1 }
        return Token(.comment, SourceRange(start: start, end: position))
    }

    /// A string ends at the next unescaped quote on the same line. Without one, E004 is reported
    /// at the opening quote and the string runs to the end of the line.
    private mutating func lexString() -> Token {
        let start = position
        position += 1
        var hasEscapes = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte == .quote {
                position += 1
                return Token(.string, SourceRange(start: start, end: position), hasEscapes: hasEscapes)
            }
            if byte == .lineFeed { break }
            if byte == .backslash {
                hasEscapes = true
                let escaped = position + 1
                if escaped < bytes.count, bytes[escaped] == .quote || bytes[escaped] == .backslash {
                    position += 2
                    continue
                }
                if escaped < bytes.count, bytes[escaped] != .lineFeed, bytes[escaped] != .carriageReturn {
                    reportInvalidEscape(at: position)
                }
            }
            position += 1
        }
        if position > start + 1, bytes[position - 1] == .carriageReturn { position -= 1 }
        diagnostics.append(Diagnostic(
            .unterminatedString, at: SourceRange(start: start, end: start + 1),
            "unterminated string: the closing '\"' is missing",
            notes: [DiagnosticNote("a string must end on the line where it starts")]
        ))
        return Token(.string, SourceRange(start: start, end: position), hasEscapes: hasEscapes, isUnterminated: true)
    }

    private mutating func reportInvalidEscape(at backslash: Int) {
        let end = scalarEnd(from: backslash + 1)
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[backslash..<end]), as: UTF8.self)
        diagnostics.append(Diagnostic(
            .invalidEscape, at: SourceRange(start: backslash, end: end),
            "invalid escape '\(text)' in a string; only '\\\"' and '\\\\' are escapes",
            fixIt: FixIt("write '\\\\' for a backslash", replacing: SourceRange(start: backslash, end: backslash + 1), with: "\\\\")
        ))
    }

    /// Skips a run of characters that cannot start a token and reports it once (E006).
    private mutating func skipInvalidCharacters() {
        let start = position
        var hasNonASCII = false
        while position < bytes.count {
            let byte = bytes[position]
            if byte.startsToken || (byte == .minus && position + 1 < bytes.count && bytes[position + 1] == .greaterThan) {
                break
            }
            if byte >= 0x80 { hasNonASCII = true }
            position = scalarEnd(from: position)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<position]), as: UTF8.self)
        let shown = text.unicodeScalars.map(Self.visible).joined()
        let noun = text.unicodeScalars.count == 1 ? "character" : "characters"
        var message = "unexpected \(noun) '\(shown)'"
        if hasNonASCII { message += "; names use only ASCII letters, digits, '_' and '-', and text goes in quotes" }
        diagnostics.append(Diagnostic(.invalidCharacter, at: SourceRange(start: start, end: position), message))
    }

    /// The offset just past the scalar starting at `offset` (the input is valid UTF-8).
    private func scalarEnd(from offset: Int) -> Int {
        guard offset < bytes.count else { return bytes.count }
        var end = offset + 1
        while end < bytes.count, bytes[end] & 0xC0 == 0x80 { end += 1 }
        return end
    }

    /// Control characters are shown as `U+0007` rather than printed raw.
    private static func visible(_ scalar: Unicode.Scalar) -> String {
        if scalar.value < 0x20 || scalar.value == 0x7F {
            let hex = String(scalar.value, radix: 16, uppercase: true)
            return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
        }
        return String(scalar)
    }
}

extension UInt8 {
    static let tab = UInt8(ascii: "\t")
    static let lineFeed = UInt8(ascii: "\n")
    static let carriageReturn = UInt8(ascii: "\r")
    static let space = UInt8(ascii: " ")
    static let quote = UInt8(ascii: "\"")
    static let hash = UInt8(ascii: "#")
    static let comma = UInt8(ascii: ",")
    static let minus = UInt8(ascii: "-")
    static let digit0 = UInt8(ascii: "0")
    static let digit9 = UInt8(ascii: "9")
    static let colon = UInt8(ascii: ":")
    static let greaterThan = UInt8(ascii: ">")
    static let backslash = UInt8(ascii: "\\")
    static let underscore = UInt8(ascii: "_")
    static let leftBrace = UInt8(ascii: "{")
    static let rightBrace = UInt8(ascii: "}")

    var isDigit: Bool { self >= .digit0 && self <= .digit9 }
    var isLetter: Bool { (self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "z") }
    var isIdentifierStart: Bool { isLetter || self == .underscore }
    var isIdentifierContinue: Bool { isLetter || isDigit || self == .underscore || self == .minus }

    /// Bytes that begin a token or separate tokens; invalid-character runs stop before them.
    var startsToken: Bool {
        switch self {
        case .space, .tab, .lineFeed, .carriageReturn, .hash, .quote, .leftBrace, .rightBrace, .comma, .colon:
            true
        default:
            isIdentifierStart || isDigit
        }
    }
}
