import KMapLanguage

/// "Did you mean" candidates for the names a log gets wrong, each distinct name looked up once.
/// A look-up compares the name with every candidate, so only the first ``budget`` distinct names
/// are looked up and later ones get no suggestion: a log whose every row names something unknown
/// (a log read against the wrong map, ids mistyped throughout) still reads in time linear in its
/// rows instead of rows times candidates.
struct DidYouMean {
    /// How many distinct names are looked up.
    static let budget = 100

    private let candidates: [String]
    private var found: [String: [String]] = [:]

    init(candidates: [String]) {
        self.candidates = candidates
    }

    /// The candidates close to `name`, best first (see ``Suggestions/closest(to:among:limit:)``).
    mutating func closest(to name: String) -> [String] {
        if let known = found[name] { return known }
        guard found.count < Self.budget else { return [] }
        let closest = Suggestions.closest(to: name, among: candidates)
        found[name] = closest
        return closest
    }
}
