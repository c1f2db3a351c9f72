import Foundation
@testable import KMapEvidence
import KMapTestSupport
import Testing

@Suite struct EvidenceRuleDocumentationTests {
    static let page = GoldenFile.repositoryRoot.appendingPathComponent("docs/EVIDENCE.md")

    /// The rules section of docs/EVIDENCE.md is what the rules' descriptions write; the prose
    /// around it is kept as it is.
    @Test func committedRulesSectionIsUpToDate() throws {
        let committed = try String(contentsOf: Self.page, encoding: .utf8)
        let updated = try #require(EvidenceRuleDocumentation.updating(committed), "docs/EVIDENCE.md lacks the generated section's markers")
        GoldenFile.check(updated, against: Self.page)
    }

    @Test func everyRuleHasASectionWithItsSettings() {
        let section = EvidenceRuleDocumentation.markdown()
        for rule in EvidenceRules.all {
            #expect(section.contains("### \(rule.description.code) \(rule.description.slug)\n"))
            #expect(section.contains(rule.description.remedy))
        }
        #expect(section.contains("not_acted_on_days"))
        #expect(section.contains("cadence_tolerance"))
    }

    @Test func everyExampleShowsItsLog() {
        let section = EvidenceRuleDocumentation.markdown()
        for rule in EvidenceRules.all {
            for example in rule.examples.triggering { #expect(section.contains(example.log), "\(rule.description.slug)") }
        }
    }

    @Test func aDocumentWithoutMarkersIsNotUpdated() {
        #expect(EvidenceRuleDocumentation.updating("# Evidence\n") == nil)
    }
}
