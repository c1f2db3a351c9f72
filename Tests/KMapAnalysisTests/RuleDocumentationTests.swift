import KMapAnalysis
import KMapTestSupport
import Testing

@Suite struct RuleDocumentationTests {
    @Test func committedRulesDocumentIsUpToDate() {
        GoldenFile.check(RuleDocumentation.markdown(), against: GoldenFile.repositoryRoot.appendingPathComponent("docs/RULES.md"))
    }

    @Test func everyRuleHasASection() {
        let document = RuleDocumentation.markdown()
        for rule in RuleRegistry.all {
            #expect(document.contains("### \(rule.code) \(rule.slug)\n"))
            #expect(document.contains(rule.remedy))
        }
    }

    @Test func tableCellsEscapePipes() {
        var rule = RuleRegistry.all[0]
        rule.summary = "a | b"
        #expect(RuleDocumentation.markdown(rules: [rule]).contains("| a \\| b |"))
    }
}
