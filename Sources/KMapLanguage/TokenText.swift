/// The text of a file's tokens, read from its UTF-8 bytes: identifiers, string values and how
/// tokens are named in messages.
struct TokenText {
    let bytes: UnsafeBufferPointer<UInt8>

    /// The source text of a token (identifiers, numbers, punctuation).
    func text(of token: Token) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[token.range.start..<token.range.end]), as: UTF8.self)
    }

    func identifier(_ token: Token) -> Identifier { Identifier(text(of: token), range: token.range) }

    /// The attribute keyword an identifier token spells, with the shape of its value, or nil.
    func attributeKeyword(_ token: Token) -> (name: String, shape: AttributeShape)? {
        guard token.kind == .identifier else { return nil }
        return KeywordTable.attributes.keyword(spelledBy: UnsafeBufferPointer(rebasing: bytes[token.range.start..<token.range.end]))
    }

    /// Whether an identifier token spells `word`, compared byte by byte without building a String.
    func token(_ token: Token, is word: StaticString) -> Bool {
        guard token.kind == .identifier, token.range.end - token.range.start == word.utf8CodeUnitCount else { return false }
        let start = word.utf8Start
        for index in 0..<word.utf8CodeUnitCount where bytes[token.range.start + index] != start[index] {
            return false
        }
        return true
    }

    /// The decoded value of a string token (`\"` and `\\` unescaped; other escapes, already
    /// reported, are kept as written).
    func stringLiteral(_ token: Token) -> StringLiteral {
        let contentStart = token.range.start + 1
        let contentEnd = max(contentStart, token.isUnterminated ? token.range.end : token.range.end - 1)
        let content = UnsafeBufferPointer(rebasing: bytes[contentStart..<contentEnd])
        guard token.hasEscapes else { return StringLiteral(String(decoding: content, as: UTF8.self), range: token.range) }
        var decoded: [UInt8] = []
        decoded.reserveCapacity(content.count)
        var index = 0
        while index < content.count {
            let byte = content[index]
            if byte == .backslash, index + 1 < content.count, content[index + 1] == .quote || content[index + 1] == .backslash {
                decoded.append(content[index + 1])
                index += 2
            } else {
                decoded.append(byte)
                index += 1
            }
        }
        return StringLiteral(String(decoding: decoded, as: UTF8.self), range: token.range)
    }

    /// How a token is named in messages: `'by'`, `'{'`, `a string`, `the end of the line`.
    func describe(_ token: Token) -> String {
        switch token.kind {
        case .identifier, .number, .leftBrace, .rightBrace, .comma, .arrow, .colon: "'\(text(of: token))'"
        default: token.kind.spelling
        }
    }
}
