import KMapLanguage
import KMapModel

/// An inline suppression: `# kmap: ignore no-broker, KM003 -- reason` silences those rules'
/// findings that point at the comment's line.
struct Suppression {
    var line: Int
    var rules: [RuleReference]
    var reason: String?
    var range: SourceRange

    /// The suppressions among a map's comments.
    static func all(in map: KMap) -> [Suppression] {
        map.comments.compactMap { parse($0, in: map.source) }
    }

    /// Reads a comment of the form ` kmap: ignore NAME[, NAME] [-- reason]`; nil for any other comment.
    static func parse(_ comment: Comment, in source: SourceFile) -> Suppression? {
        let bytes = Array(comment.text.utf8)
        let textStart = comment.range.end - bytes.count
        var position = skipSpaces(bytes, from: 0)
        guard consume("kmap:", bytes, at: &position) else { return nil }
        position = skipSpaces(bytes, from: position)
        guard consume("ignore", bytes, at: &position) else { return nil }
        var names: [RuleReference] = []
        var reason: String?
        while position < bytes.count {
            position = skipSeparators(bytes, from: position)
            if consume("--", bytes, at: &position) {
                let text = String(decoding: bytes[position...], as: UTF8.self).trimmingSpaces
                reason = text.isEmpty ? nil : text
                break
            }
            let start = position
            while position < bytes.count, !isSeparator(bytes[position]) { position += 1 }
            if position > start {
                names.append(RuleReference(name: String(decoding: bytes[start..<position], as: UTF8.self),
                                           range: SourceRange(start: textStart + start, end: textStart + position)))
            }
        }
        return Suppression(line: source.line(of: comment.range.start), rules: names, reason: reason, range: comment.range)
    }

    private static func isSeparator(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\t")
    }

    private static func skipSpaces(_ bytes: [UInt8], from start: Int) -> Int {
        var position = start
        while position < bytes.count, bytes[position] == UInt8(ascii: " ") || bytes[position] == UInt8(ascii: "\t") {
            position += 1
        }
        return position
    }

    private static func skipSeparators(_ bytes: [UInt8], from start: Int) -> Int {
        var position = start
        while position < bytes.count, isSeparator(bytes[position]) { position += 1 }
        return position
    }

    private static func consume(_ word: String, _ bytes: [UInt8], at position: inout Int) -> Bool {
        let expected = Array(word.utf8)
        guard bytes.count - position >= expected.count, Array(bytes[position..<position + expected.count]) == expected else {
            return false
        }
        position += expected.count
        return true
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }),
              let last = scalars.lastIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        return String(scalars[first...last])
    }
}
