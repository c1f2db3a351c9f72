import KMapLanguage
import KMapModel
import Testing

/// The syntax practitioners asked for: fan-out flows, labelled groups, voices, activities that
/// serve two phases, and frameworks with optional steps and alternatives.
@Suite struct ResolverPractitionerSyntaxTests {
    private let people = """
        stakeholder staff "Field staff" group co
        generation pdm "Monitoring" by staff
        capture brief "Brief" by staff for staff
        sharing radio "Radio" by staff for staff
        sharing sms "SMS" by staff for staff

        """

    @Test func aFanOutFlowConnectsEveryTarget() {
        let map = compileClean(people + "pdm -> brief -> radio, sms : \"carried\"\n")
        let pairs = map.flows.map { "\(map.id(of: $0.from))>\(map.id(of: $0.to)):\($0.label ?? "")" }
        #expect(pairs == ["pdm>brief:carried", "brief>radio:carried", "brief>sms:carried"])
    }

    @Test func aFanInFlowConnectsEverySource() {
        let map = compileClean(people + "radio, sms -> pdm\n")
        #expect(map.flows.map { map.id(of: $0.from) } == ["radio", "sms"])
    }

    @Test func anUnknownIDInAFanOutIsReportedOnce() {
        expectDiagnostics(people + "pdm -> brief, 1️⃣nosuch -> radio\n", [(1, .undefinedReference)])
    }

    @Test func aGroupDeclarationLabelsItsGroup() {
        let map = compileClean("group co \"Country offices\"\n" + people)
        #expect(map.label(ofGroup: "co") == "Country offices")
        #expect(map.name(ofGroup: "co") == "Country offices (co)")
    }

    @Test func aGroupDeclaredTwiceIsReported() {
        expectDiagnostics("group co \"Country offices\"\ngroup 1️⃣co \"Again\"\n" + people, [(1, .duplicateID)])
    }

    @Test func voicesAreReadAndMayNotContradict() {
        let map = compileClean("stakeholder c \"Communities\" external heard\nstakeholder d \"Donor\" external informed\n" + people)
        #expect(map.stakeholders.map(\.declaredVoice) == [.heard, .informed, nil])
        expectDiagnostics("stakeholder c \"Communities\" heard 1️⃣informed\n" + people, [(1, .attributeNotValid)])
    }

    @Test func anActivityMayAlsoServeTheNextPhase() {
        let map = compileClean(people + "consolidation review \"Review and write-up\" by staff for staff also capture\n")
        let review = map.activities.last
        #expect(review?.phase == 1)
        #expect(review?.lastPhase == 2)
        #expect(review?.serves(2) == true)
        expectDiagnostics(people + "consolidation review \"Review\" by staff also 1️⃣sharing\n", [(1, .attributeNotValid)])
    }

    @Test func frameworkOptionsAreRead() {
        let map = compileClean("""
            map "M" {
              phases create, identify, collect, review, share, access, use
              optional identify
            }
            stakeholder s "S"
            activity c "C" phase create by s

            """)
        #expect(map.framework.optional == [1])
        #expect(map.framework.alternatives == [4...5], "APQC's share and access stay alternatives")
    }

    @Test func apqcAlternativesAreTheDefaultAndCanBeDeclared() {
        #expect(Framework(phases: Framework.apqcPhases).alternatives == [4...5])
        #expect(Framework(phases: ["a", "b", "c", "d"]).alternatives.isEmpty)
        let map = compileClean("""
            map "M" {
              phases plan, do, tell, pull, act
              alternatives tell, pull
            }
            stakeholder s "S"
            activity p "P" phase plan by s

            """)
        #expect(map.framework.alternatives == [2...3])
        #expect(!map.framework.leavesGap(from: 1, to: 3))
        #expect(map.framework.leavesGap(from: 0, to: 2))
    }

    @Test func badFrameworkOptionsAreReported() {
        expectDiagnostics("""
            map "M" {
              phases plan, do, tell, pull, act
              alternatives 1️⃣plan, do
              2️⃣alternatives do, pull
              optional 3️⃣nosuch
            }
            stakeholder s "S"
            activity p "P" phase plan by s
            """, [(1, .badFramework), (2, .badFramework), (3, .badFramework)])
    }

    @Test func theAsIsMapDropsPlannedActivitiesAndTheirFlows() {
        let map = compileClean(people + "sharing later \"Later\" by staff for staff status planned\npdm -> brief -> later, radio\n")
        let today = map.asIs()
        #expect(today.activities.map(\.id) == ["pdm", "brief", "radio", "sms"])
        #expect(today.flows.map { "\(today.id(of: $0.from))>\(today.id(of: $0.to))" } == ["pdm>brief", "brief>radio"])
        #expect(!today.hasPlannedActivities)
    }
}
