@testable import KMapDiff
import Testing

@Suite struct LabelSimilarityTests {
    @Test func normalisingIgnoresCasePunctuationAndSpacing() {
        #expect(LabelSimilarity.normalized("  Ward safety-huddles! ") == "ward safety huddles")
        #expect(LabelSimilarity.normalized("Café  Über") == "café über")
        #expect(LabelSimilarity.normalized("--") == "")
    }

    @Test func diceScoresLikeness() {
        #expect(LabelSimilarity.dice("site data huddle", "site data huddle") == 1)
        #expect(LabelSimilarity.dice("site data huddle", "site data huddles") > 0.9)
        #expect(LabelSimilarity.dice("site data huddle", "quarterly evidence review") < 0.3)
        #expect(LabelSimilarity.dice("a", "a") == 1)
        #expect(LabelSimilarity.dice("a", "b") == 0)
        #expect(LabelSimilarity.dice("", "") == 0)
    }
}
