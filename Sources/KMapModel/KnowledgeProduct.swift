/// Whether an activity's label names a written or recorded knowledge product: a brief, a report,
/// a newsletter, a video. Sharing such a product is also packaging the knowledge for its audience,
/// so a sharing activity named like one serves the capture step before it (see
/// ``FlowGraph/entryPhase``): a "Policy brief to the county" fed by a review skips nothing.
public enum KnowledgeProduct {
    /// Words (matched whole, case-insensitively, singular or plural) that name a knowledge product.
    static let words: Set<String> = [
        "brief", "report", "bulletin", "newsletter", "factsheet", "guide", "guidance", "toolkit", "manual",
        "handbook", "digest", "infographic", "podcast", "video", "publication", "article", "blog", "paper",
        "note", "poster", "booklet", "leaflet", "flyer", "casebook",
    ]

    /// Two-word names of products, as consecutive words.
    static let phrases: [(String, String)] = [("fact", "sheet"), ("case", "study"), ("case", "studies"), ("policy", "memo")]

    /// True when `label` names a knowledge product. Words are runs of ASCII letters, lowercased
    /// byte by byte: the product words are English, and the check runs for every sharing
    /// activity of a map of any size.
    public static func isNamed(in label: String) -> Bool {
        let tokens = tokens(of: label)
        for (index, token) in tokens.enumerated() {
            if words.contains(token) || (token.hasSuffix("s") && words.contains(String(token.dropLast()))) { return true }
            if index + 1 < tokens.count, phrases.contains(where: { $0 == (token, tokens[index + 1]) }) { return true }
        }
        return false
    }

    private static func tokens(of label: String) -> [String] {
        var tokens: [String] = []
        var current: [UInt8] = []
        for byte in label.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"): current.append(byte)
            case UInt8(ascii: "A")...UInt8(ascii: "Z"): current.append(byte + 32)
            default:
                if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
            }
        }
        if !current.isEmpty { tokens.append(String(decoding: current, as: UTF8.self)) }
        return tokens
    }
}
