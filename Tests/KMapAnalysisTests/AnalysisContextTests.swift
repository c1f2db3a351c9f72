import KMapAnalysis
import KMapModel
import Testing

@Suite struct AnalysisContextTests {
    @Test func defaultPhasesPlayTheirNamedRoles() {
        let roles = PhaseRoles(framework: .default)
        #expect(roles.application == 4)
        #expect(roles.sharing == 3)
        #expect(roles.capture == 2)
        #expect(roles.consumers == [3, 4])
    }

    @Test func customFrameworksFindRolesByNameOrPosition() {
        let apqc = PhaseRoles(framework: Framework(phases: ["create", "identify", "collect", "review", "share", "access", "use"]))
        #expect(apqc.sharing == 4)
        #expect(apqc.capture == nil)
        #expect(apqc.consumers == [5, 6])
        let plain = PhaseRoles(framework: Framework(phases: ["learn", "capture", "spread", "use"]))
        #expect(plain.sharing == 2)
        #expect(plain.capture == 1)
        #expect(PhaseRoles(framework: Framework(phases: ["learn", "use"])).sharing == nil)
    }

    @Test func rulesFollowACustomFrameworksRoles() {
        let text = """
            map "Custom" {
              standard "Used by two teams"
              phases learn, capture, spread, use
            }
            stakeholder team "Team"
            stakeholder partners "Partners" external
            repository shelf "Shelf"
            activity notes "Notes" phase learn by team
            activity memo "Memo" phase capture by team
            activity talk "Talk" phase spread by team for partners
            activity apply "Apply" phase use by team, partners
            notes -> memo -> shelf
            memo -> talk -> apply -> notes
            """
        let result = analyze(text)
        #expect(result.findings.map { "\($0.slug) \($0.key)" }.sorted()
            == ["dead-end-repository shelf", "no-broker talk", "product-without-audience memo"])
    }

    @Test func phaseListsReadAsProse() {
        let context = AnalysisContext(map: compile("generation g \"G\""), enabledSlugs: [])
        #expect(context.phaseList([1]) == "consolidation")
        #expect(context.phaseList([1, 2]) == "consolidation and capture")
        #expect(context.phaseList([2, 3, 4]) == "capture, sharing and application")
        #expect(context.phaseName(9) == "phase 9")
        #expect(context.isIsolated(.activity(0)))
        #expect(!context.isEnabled("open-loop"))
    }
}
