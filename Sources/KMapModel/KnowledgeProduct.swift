/// Whether an activity's label names a written or recorded knowledge product: a brief, a report,
/// a newsletter, a video. Sharing such a product is also packaging the knowledge for its audience,
/// so a sharing activity named like one serves the capture step before it (see
/// ``FlowGraph/entryPhase``): a "Policy brief to the county" fed by a review skips nothing.
public enum KnowledgeProduct {
    /// Words (matched whole, case-insensitively, singular or plural) that name a knowledge product.
    static let words = [
        "brief", "report", "bulletin", "newsletter", "factsheet", "guide", "guidance", "toolkit", "manual",
        "handbook", "digest", "infographic", "podcast", "video", "publication", "article", "blog", "paper",
        "note", "poster", "booklet", "leaflet", "flyer", "casebook",
    ]

    /// Two-word names of products, as consecutive words.
    static let phrases = [("fact", "sheet"), ("case", "study"), ("case", "studies"), ("policy", "memo")]

    private static let packedWords = words.map(PackedWord.init)
    private static let packedPhrases = phrases.map { (PackedWord($0.0), PackedWord($0.1)) }

    /// True when `label` names a knowledge product. Words are runs of ASCII letters, lowercased
    /// byte by byte and packed into two integers as they are read: the product words are English,
    /// and the check runs for every sharing activity of a map of any size, so no text is built.
    public static func isNamed(in label: String) -> Bool {
        var previous = PackedWord.none
        var current = PackedWord.none
        for byte in label.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            default:
                guard current.count > 0 else { continue }
                if names(current, after: previous) { return true }
                (previous, current) = (current, .none)
            }
        }
        return current.count > 0 && names(current, after: previous)
    }

    /// Whether `word`, or `previous` and `word` together, name a product.
    private static func names(_ word: PackedWord, after previous: PackedWord) -> Bool {
        guard !word.isTooLong else { return false }
        if packedWords.contains(word) || (word.endsInS && packedWords.contains(word.withoutLastLetter)) { return true }
        return packedPhrases.contains { $0.0 == previous && $0.1 == word }
    }
}

/// A lowercase ASCII word of up to 16 letters, one byte per letter in two integers; longer
/// words are marked too long, and match no product word.
private struct PackedWord: Equatable {
    private var letters: (UInt64, UInt64) = (0, 0)
    private(set) var count = 0

    static let none = PackedWord()

    private init() {}

    init(_ word: String) {
        for byte in word.utf8 { append(byte) }
    }

    var isTooLong: Bool { count > 16 }

    mutating func append(_ byte: UInt8) {
        defer { count += 1 }
        guard count < 16 else { return }
        if count < 8 {
            letters.0 |= UInt64(byte) << (8 * UInt64(count))
        } else {
            letters.1 |= UInt64(byte) << (8 * UInt64(count - 8))
        }
    }

    private func letter(at position: Int) -> UInt8 {
        position < 8 ? UInt8(truncatingIfNeeded: letters.0 >> (8 * UInt64(position)))
            : UInt8(truncatingIfNeeded: letters.1 >> (8 * UInt64(position - 8)))
    }

    var endsInS: Bool { count > 0 && !isTooLong && letter(at: count - 1) == UInt8(ascii: "s") }

    var withoutLastLetter: PackedWord {
        var shorter = PackedWord()
        for position in 0..<(count - 1) { shorter.append(letter(at: position)) }
        return shorter
    }

    static func == (lhs: PackedWord, rhs: PackedWord) -> Bool {
        lhs.count == rhs.count && lhs.letters == rhs.letters
    }
}
