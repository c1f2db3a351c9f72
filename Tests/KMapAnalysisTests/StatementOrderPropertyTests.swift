import KMapAnalysis
import PropertyBased
import Testing

/// The analysis reads a map, not a file: moving statements around in the file (declarations,
/// flows, whole waves, and statements inside a wave) changes no finding and no summary.
@Suite struct StatementOrderPropertyTests {
    /// What must not depend on order: each finding by rule and subject, and the wave summary.
    private func outcome(_ text: String) -> (findings: [String], waves: String) {
        let result = analyze(text)
        let findings = (result.findings + result.suppressed).map { "\($0.slug) \($0.key)" }.sorted()
        let summary = result.summary
        return (findings, "\(summary.completeWaves)/\(summary.closedWaves)/\(summary.totalWaves)")
    }

    @Test func findingsDoNotDependOnStatementOrder() async {
        await propertyCheck(count: 500, input: Gen.uint64(), Gen.uint64()) { mapSeed, orderSeed in
            let map = RandomValidMap(seed: mapSeed)
            let original = map.text(shuffledWith: 0)
            let shuffled = map.text(shuffledWith: orderSeed)
            let expected = outcome(original)
            let actual = outcome(shuffled)
            #expect(actual.findings == expected.findings, "\n\(original)\n--- reordered ---\n\(shuffled)")
            #expect(actual.waves == expected.waves, "\n\(original)\n--- reordered ---\n\(shuffled)")
        }
    }

    /// Pairs of orderings the property once told apart, shrunk: an unfed cycle with activities
    /// downstream of it, two declared waves ending at one activity, a declared wave whose
    /// first-written member is isolated, and equally complete paths through different flows.
    static let reorderings: [(String, String)] = [
        ("""
         generation g "G" by s
         stakeholder s "S"
         sharing a6 "A6" by s
         consolidation a2 "A2" by s
         capture a3 "A3" by s
         capture a5 "A5" by s
         g -> g2
         generation g2 "G2" by s
         a6 -> a2
         a2 -> a6
         a6 -> a3
         a6 -> a5
         """, """
         stakeholder s "S"
         capture a3 "A3" by s
         capture a5 "A5" by s
         consolidation a2 "A2" by s
         sharing a6 "A6" by s
         generation g "G" by s
         generation g2 "G2" by s
         g -> g2
         a2 -> a6
         a6 -> a3
         a6 -> a5
         a6 -> a2
         """),
        ("""
         stakeholder s "S"
         a1 -> a0
         a0 -> a6
         wave w0 "W0" {
           capture a0 "A0" by s
         }
         wave w1 "W1" {
           generation a1 "A1" by s
           application a6 "A6" by s
         }
         """, """
         stakeholder s "S"
         wave w1 "W1" {
           application a6 "A6" by s
           generation a1 "A1" by s
         }
         a0 -> a6
         wave w0 "W0" {
           capture a0 "A0" by s
         }
         a1 -> a0
         """),
        ("""
         stakeholder s "S"
         generation a0 "A0" by s
         capture a2 "A2" by s
         a4 -> a2
         wave w1 "W1" {
           application a1 "A1" by s
           application a4 "A4" by s
         }
         """, """
         stakeholder s "S"
         wave w1 "W1" {
           application a4 "A4" by s
           application a1 "A1" by s
         }
         a4 -> a2
         capture a2 "A2" by s
         generation a0 "A0" by s
         """),
        ("""
         stakeholder s "S"
         sharing a4 "A4" by s
         generation a3 "A3" by s
         a4 -> a0
         a3 -> a1
         a0 -> a4
         a0 -> a3
         a3 -> a0
         wave w0 "W0" {
           consolidation a0 "A0" by s
           sharing a1 "A1"
         }
         """, """
         generation a3 "A3" by s
         stakeholder s "S"
         wave w0 "W0" {
           sharing a1 "A1"
           consolidation a0 "A0" by s
         }
         a0 -> a3
         a4 -> a0
         a3 -> a0
         a0 -> a4
         sharing a4 "A4" by s
         a3 -> a1
         """),
    ]

    @Test(arguments: reorderings)
    func knownReorderingsGiveTheSameFindings(_ original: String, _ reordered: String) {
        let expected = outcome(original)
        let actual = outcome(reordered)
        #expect(actual.findings == expected.findings)
        #expect(actual.waves == expected.waves)
    }

    @Test func generatedMapsExerciseTheRules() {
        let slugs = Set((1...200).flatMap { seed in analyze(RandomValidMap(seed: UInt64(seed)).text(shuffledWith: 0)).findings.map(\.slug) })
        #expect(slugs.count >= 10, "random maps find only \(slugs.sorted())")
    }
}
