/// "Did you mean" suggestions for misspelled names.
public enum Suggestions {
    /// The candidates closest to `name` by edit distance, best first, at most `limit` of them.
    ///
    /// A candidate qualifies when its distance is at most a third of the longer name's length
    /// (at least 1), so `generaton` suggests `generation` but `x` does not suggest `pdsa`.
    /// Runs in O(candidates x name length x bound).
    public static func closest(to name: String, among candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let target = Array(name.lowercased().unicodeScalars)
        var scored: [(distance: Int, candidate: String)] = []
        for candidate in candidates where candidate != name {
            let other = Array(candidate.lowercased().unicodeScalars)
            let bound = max(1, max(target.count, other.count) / 3)
            if let distance = editDistance(target, other, bound: bound) {
                scored.append((distance, candidate))
            }
        }
        scored.sort { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
        return scored.prefix(limit).map(\.candidate)
    }

    /// Edit distance between `a` and `b` counting insertions, deletions, substitutions and swaps
    /// of two neighbouring characters (optimal string alignment: `breif` is one edit from
    /// `brief`), or nil when it exceeds `bound`. A row's smallest value never drops in the next
    /// row, so the search stops at the first row beyond `bound`.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar], bound: Int) -> Int? {
        if abs(a.count - b.count) > bound { return nil }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var beforePrevious = Array(repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > bound { return nil }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count] <= bound ? previous[b.count] : nil
    }

    /// A phrase for a diagnostic: `did you mean 'generation'?`, or nil with no candidates.
    public static func didYouMean(_ candidates: [String]) -> String? {
        guard !candidates.isEmpty else { return nil }
        let quoted = candidates.map { "'\($0)'" }
        if quoted.count == 1 { return "did you mean \(quoted[0])?" }
        return "did you mean \(quoted.dropLast().joined(separator: ", ")) or \(quoted.last!)?"
    }
}
