@testable import KMapLanguage
import Testing

@Suite struct SuggestionsTests {
    private func distance(_ a: String, _ b: String, bound: Int = 10) -> Int? {
        Suggestions.editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars), bound: bound)
    }

    /// Optimal string alignment distance by the full table, without a bound: the reference.
    private func reference(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in stride(from: 1, through: a.count, by: 1) {
            for j in stride(from: 1, through: b.count, by: 1) {
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }

    @Test("insertions, deletions, substitutions and swaps of neighbours each cost one")
    func distances() {
        #expect(distance("kitten", "sitting") == 3)
        #expect(distance("breif", "brief") == 1)
        #expect(distance("ab", "ba") == 1)
        #expect(distance("generaton", "generation") == 1)
        #expect(distance("ca", "abc") == 3) // a swapped pair is not edited again
        #expect(distance("", "abc") == 3)
        #expect(distance("kitten", "sitting", bound: 2) == nil)
    }

    @Test("the bounded distance equals the full table's, or nil beyond the bound, on random words")
    func agreesWithTheFullTable() {
        var generator = SystemRandomNumberGenerator()
        let letters = Array("abcd".unicodeScalars)
        for _ in 0..<3_000 {
            let a = (0..<Int.random(in: 0...7, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            let b = (0..<Int.random(in: 0...7, using: &generator)).map { _ in letters.randomElement(using: &generator)! }
            let bound = Int.random(in: 0...4, using: &generator)
            let expected = reference(a, b)
            #expect(Suggestions.editDistance(a, b, bound: bound) == (expected <= bound ? expected : nil), "\(a) \(b) \(bound)")
        }
    }

    @Test("a swapped pair of letters suggests the word")
    func swappedLettersSuggest() {
        #expect(Suggestions.closest(to: "breif", among: ["brief", "goal", "rules"]) == ["brief"])
        #expect(Suggestions.closest(to: "shraing", among: ["sharing", "capture"]) == ["sharing"])
        #expect(Suggestions.didYouMean(["brief"]) == "did you mean 'brief'?")
    }
}
