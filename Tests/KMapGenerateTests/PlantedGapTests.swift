import KMapAnalysis
import KMapLanguage
import KMapModel
import Testing
@testable import KMapGenerate

/// The gaps a generated map carries are the ones the analysis finds: every rule fires on a map
/// with gaps, and a map generated without gaps is far cleaner.
@Suite struct PlantedGapTests {
    static func findingsByRule(activities: Int, gapShare: Double, seed: UInt64 = 31) -> [String: Int] {
        let text = MapGenerator(activities: activities, seed: seed, gapShare: gapShare).generate()
        let source = SourceFile(path: "generated.kmap", text: text)
        let map = Resolver.resolve(Parser.parse(source).file, source: source).map
        var counts: [String: Int] = [:]
        for finding in Analyzer.analyze(map).findings { counts[finding.rule.slug, default: 0] += 1 }
        return counts
    }

    @Test func everyRuleFiresOnAMapWithGaps() {
        let counts = Self.findingsByRule(activities: 2_000, gapShare: 1)
        let missing = RuleRegistry.all.map(\.slug).filter { counts[$0, default: 0] == 0 }
        #expect(missing.isEmpty, "rules that found nothing: \(missing)")
    }

    @Test func everyRuleFiresAtTheDefaultShare() {
        let counts = Self.findingsByRule(activities: 4_000, gapShare: 0.1)
        let missing = RuleRegistry.all.map(\.slug).filter { $0 != "no-success-standard" && counts[$0, default: 0] == 0 }
        #expect(missing.isEmpty, "rules that found nothing: \(missing)")
    }

    @Test func gapShareControlsHowManyFindings() {
        let none = Self.findingsByRule(activities: 2_000, gapShare: 0).values.reduce(0, +)
        let some = Self.findingsByRule(activities: 2_000, gapShare: 0.1).values.reduce(0, +)
        let all = Self.findingsByRule(activities: 2_000, gapShare: 1).values.reduce(0, +)
        #expect(none < some)
        #expect(some < all)
    }
}
