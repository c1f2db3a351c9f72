import KMapAnalysis
@testable import KMapEvidence
import KMapLanguage
import KMapModel
import Testing

/// Runs every evidence rule's examples: a triggering example (a map and a log) must produce a
/// finding of that rule on each marked line of the map and nowhere else; a non-triggering one
/// none. Each also runs after a line of multi-byte characters, to catch offset mix-ups.
@Suite struct EvidenceRuleExamplesTests {
    static let rules = EvidenceRules.all.map { ($0.description, $0.examples) }

    static func lines(of slug: String, map text: String, log: String) -> [Int] {
        let map = compile(text)
        let evidence = read(log, against: map)
        #expect(!evidence.hasErrors, "\(described(evidence))")
        let result = EvidenceCheck.check(map, evidence: evidence)
        return result.findings.filter { $0.slug == slug }.map { map.source.location(of: $0.range.start).line }.sorted()
    }

    @Test(arguments: EvidenceRules.all.indices)
    func triggeringExamplesReportAtTheMarkers(_ index: Int) {
        let (rule, examples) = Self.rules[index]
        #expect(!examples.triggering.isEmpty, "\(rule.slug) has no triggering example")
        for example in examples.triggering {
            let location = example.location
            #expect(!example.map.markedLines.isEmpty, "triggering example without a marker", sourceLocation: location)
            #expect(Self.lines(of: rule.slug, map: example.map.text, log: example.log) == example.map.markedLines, "\(rule.slug)", sourceLocation: location)
            #expect(Self.lines(of: rule.slug, map: "# Café ☕ 日本語\n" + example.map.text, log: example.log) == example.map.markedLines.map { $0 + 1 },
                    "\(rule.slug) after multi-byte line", sourceLocation: location)
        }
    }

    @Test(arguments: EvidenceRules.all.indices)
    func nonTriggeringExamplesReportNothing(_ index: Int) {
        let (rule, examples) = Self.rules[index]
        #expect(!examples.nonTriggering.isEmpty, "\(rule.slug) has no non-triggering example")
        for example in examples.nonTriggering {
            let location = example.location
            #expect(Self.lines(of: rule.slug, map: example.map.text, log: example.log).isEmpty, "\(rule.slug)", sourceLocation: location)
        }
    }

    @Test func theKeptLogHasNoFindingsAtAll() {
        let map = compile(EvidenceExampleMaps.reviews)
        let result = EvidenceCheck.check(map, evidence: read(EvidenceExampleMaps.keptLog, against: map))
        #expect(result.findings.map(\.message) == [])
    }

    @Test func codesFollowTheGapRulesAndAreUnique() {
        let codes = EvidenceRules.descriptions.map(\.code)
        #expect(codes == ["KM016", "KM017", "KM018", "KM019", "KM020", "KM021"])
        let gapCodes = Set(RuleRegistry.all.map(\.code))
        #expect(gapCodes.isDisjoint(with: codes))
        #expect(Set(RuleRegistry.all.map(\.slug)).isDisjoint(with: EvidenceRules.descriptions.map(\.slug)))
    }

    @Test func remediesCiteCatalogTechniques() {
        for rule in EvidenceRules.descriptions {
            #expect(!rule.techniques.isEmpty, "\(rule.slug)")
            for slug in rule.techniques { #expect(TechniqueCatalog.technique(slug: slug) != nil, "\(rule.slug): \(slug)") }
        }
    }
}

extension EvidenceExample {
    /// Where the example was written, for a failing expectation to point at.
    var location: Testing.SourceLocation {
        Testing.SourceLocation(fileID: map.fileID, filePath: map.filePath, line: map.line, column: 1)
    }
}
