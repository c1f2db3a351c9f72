import KMapAnalysis
import Testing

@Suite struct RuleRegistryTests {
    @Test func namesAreCheckedBySlugOrCode() {
        #expect(RuleRegistry.unknownRuleMessage("no-broker") == nil)
        #expect(RuleRegistry.unknownRuleMessage("km006") == nil)
        #expect(RuleRegistry.unknownRuleMessage("no-brokr") == "unknown rule 'no-brokr'; did you mean 'no-broker'?")
        #expect(RuleRegistry.unknownRuleMessage("zzz") == "unknown rule 'zzz'")
        #expect(RuleRegistry.description(named: "KM104")?.slug == "missing-application")
    }
}
