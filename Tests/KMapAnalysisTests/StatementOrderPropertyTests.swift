import KMapAnalysis
import PropertyBased
import Testing

/// The analysis reads a map, not a file: moving statements around in the file (declarations,
/// flows, whole waves, and statements inside a wave) changes no finding and no summary.
@Suite struct StatementOrderPropertyTests {
    /// What must not depend on order: each finding by rule and subject, and the wave summary.
    private func outcome(_ text: String) -> (findings: [String], waves: String) {
        let result = analyze(text)
        let findings = (result.findings + result.suppressed).map { "\($0.slug) \($0.subject)" }.sorted()
        let summary = result.summary
        return (findings, "\(summary.completeWaves)/\(summary.closedWaves)/\(summary.totalWaves)")
    }

    @Test func findingsDoNotDependOnStatementOrder() async {
        await propertyCheck(count: 200, input: Gen.uint64(), Gen.uint64()) { mapSeed, orderSeed in
            let map = RandomValidMap(seed: mapSeed)
            let original = map.text(shuffledWith: 0)
            let shuffled = map.text(shuffledWith: orderSeed)
            let expected = outcome(original)
            let actual = outcome(shuffled)
            #expect(actual.findings == expected.findings, "\n\(original)\n--- reordered ---\n\(shuffled)")
            #expect(actual.waves == expected.waves, "\n\(original)\n--- reordered ---\n\(shuffled)")
        }
    }

    @Test func generatedMapsExerciseTheRules() {
        let slugs = Set((1...200).flatMap { seed in analyze(RandomValidMap(seed: UInt64(seed)).text(shuffledWith: 0)).findings.map(\.slug) })
        #expect(slugs.count >= 10, "random maps find only \(slugs.sorted())")
    }
}
