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
        let spread = PhaseRoles(framework: Framework(phases: ["identify", "create", "distribute", "adapt", "use"]))
        #expect(spread.sharing == 2)
    }

    @Test func aFrameworkOfTimingHasNoSharingPhase() {
        // Before, during and after: knowledge is shared in all three, so no phase is sharing, and
        // a KM lead who runs the peer assist and the retrospect is no idle broker.
        #expect(PhaseRoles(framework: Framework(phases: ["before", "during", "after"])).sharing == nil)
        let result = analyze("""
            map "Learning before, during and after" {
              standard "A lesson counts once a second project confirms it"
              phases before, during, after
            }
            stakeholder team "Project team"
            stakeholder km "KM lead" broker
            repository lessons "Lessons register" owner km
            activity assist "Peer assist" phase before by team, km
            activity aar "After-action reviews" phase during by team
            activity retro "Retrospect" phase after by team, km
            assist -> aar -> retro -> lessons -> assist
            """)
        #expect(result.findings.isEmpty, "\(result.findings.map(\.message))")
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
            activity apply "Apply" phase use by partners
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
