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

    /// Two-word names of products.
    static let phrases = ["fact sheet", "case study", "case studies", "policy memo"]

    /// True when `label` names a knowledge product.
    public static func isNamed(in label: String) -> Bool {
        let lowered = label.lowercased()
        let tokens = lowered.split { !$0.isLetter }.map(String.init)
        if tokens.contains(where: { words.contains($0) || ($0.hasSuffix("s") && words.contains(String($0.dropLast()))) }) {
            return true
        }
        let joined = tokens.joined(separator: " ")
        return phrases.contains { joined.contains($0) }
    }
}
