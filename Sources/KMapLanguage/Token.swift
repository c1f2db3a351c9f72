/// The kinds of token a `.kmap` file is made of.
public enum TokenKind: UInt8, Hashable, Sendable {
    /// `[A-Za-z_][A-Za-z0-9_-]*`, never ending in a `-` that starts `->`.
    case identifier
    /// A double-quoted string, quotes included in its range.
    case string
    /// Decimal digits.
    case number
    case leftBrace
    case rightBrace
    case comma
    case arrow
    case colon
    /// `#` to the end of the line, without the line terminator.
    case comment
    /// `\n` or `\r\n`.
    case newline
    case endOfFile
}

/// One token: its kind and where it stands. Its text is read from the source bytes on demand.
public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    public var range: SourceRange
    /// For strings: the text contains a backslash escape, so its value needs decoding.
    public var hasEscapes: Bool
    /// For strings: the closing quote is missing (E004 was reported).
    public var isUnterminated: Bool

    public init(_ kind: TokenKind, _ range: SourceRange, hasEscapes: Bool = false, isUnterminated: Bool = false) {
        self.kind = kind
        self.range = range
        self.hasEscapes = hasEscapes
        self.isUnterminated = isUnterminated
    }
}

extension TokenKind {
    /// How the token kind is named in "expected ..." messages.
    var spelling: String {
        switch self {
        case .identifier: "a name"
        case .string: "a string"
        case .number: "a number"
        case .leftBrace: "'{'"
        case .rightBrace: "'}'"
        case .comma: "','"
        case .arrow: "'->'"
        case .colon: "':'"
        case .comment: "a comment"
        case .newline: "the end of the line"
        case .endOfFile: "the end of the file"
        }
    }
}
