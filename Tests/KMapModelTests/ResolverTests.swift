import KMapLanguage
import KMapModel
import Testing

@Suite struct ResolverTests {
    /// The example map of docs/LANGUAGE.md.
    static let literacyNetwork = """
        # Literacy improvement network
        map "Literacy improvement network" {
          goal "Teachers across the network apply tested literacy routines"
          standard "A change idea counts as knowledge once it raised reading scores at 3+ sites"
        }

        stakeholder teachers   "Classroom teachers"
        stakeholder coaches    "Instructional coaches" broker
        stakeholder principals "School leadership teams"
        stakeholder district   "District office" external

        repository drive "Network shared drive"

        generation    pdsa      "PDSA cycles in classrooms" by teachers every week technique inquiry-cycle
        consolidation huddle    "Site data huddle"          by teachers, coaches every month routine synthesis
        capture       brief     "Change-idea brief"         by coaches for principals
        sharing       convening "Network convening" {
          by coaches
          for teachers, principals
          every quarter
          technique community-of-practice
          indicator "Share of schools attending"
        }
        application   adopt     "Schools adopt the routine" by principals action act status planned

        pdsa -> huddle -> brief -> drive
        drive -> convening -> adopt
        adopt -> pdsa : "next inquiry cycle"
        """

    @Test func theLanguageExampleResolvesCleanly() throws {
        let map = compileClean(Self.literacyNetwork)
        #expect(map.title == "Literacy improvement network")
        #expect(map.goal == "Teachers across the network apply tested literacy routines")
        #expect(map.standards.count == 1)
        #expect(map.framework == .default)
        #expect(map.stakeholders.map(\.id) == ["teachers", "coaches", "principals", "district"])
        #expect(map.stakeholders.map(\.isBroker) == [false, true, false, false])
        #expect(map.stakeholders.map(\.isExternal) == [false, false, false, true])
        #expect(map.stakeholders.map(\.group) == ["teachers", "coaches", "principals", "district"])
        #expect(map.repositories.map(\.id) == ["drive"])
        #expect(map.activities.map(\.id) == ["pdsa", "huddle", "brief", "convening", "adopt"])
        #expect(map.activities.map(\.phase) == [0, 1, 2, 3, 4])
        #expect(map.flows.count == 6)
        #expect(map.headerRange != nil)
        #expect(map.comments.count == 1)

        let pdsa = map.activities[0]
        #expect(pdsa.owners == [0] && pdsa.cadence == Cadence(unit: .week) && pdsa.technique == "inquiry-cycle")
        let huddle = map.activities[1]
        #expect(huddle.owners == [0, 1] && huddle.routine == .synthesis && huddle.cadence == Cadence(unit: .month))
        let convening = map.activities[3]
        #expect(convening.owners == [1] && convening.audience == [0, 2])
        #expect(convening.cadence == Cadence(unit: .quarter) && convening.technique == "community-of-practice")
        #expect(convening.indicators == ["Share of schools attending"])
        let adopt = map.activities[4]
        #expect(adopt.action == .act && adopt.status == .planned && map.activities[0].status == .existing)

        let closing = try #require(map.flows.last)
        #expect(closing.from == .activity(4) && closing.to == .activity(0) && closing.label == "next inquiry cycle")
        #expect(map.flows[2].from == .activity(2) && map.flows[2].to == .repository(0))
        #expect(map.successors(of: map.nodeIndex(.repository(0))) == [map.nodeIndex(.activity(3))])
    }

    @Test func aCustomFrameworkUsesTheGenericActivityKeyword() {
        let map = compileClean("""
            map "Engineering knowledge flow" {
              phases create, identify, collect, review, share, access, use
            }
            stakeholder teams "Product teams"
            activity spike "Spike"            phase create by teams routine summary
            activity wiki  "Wiki page"        phase collect
            activity adopt "Adopt the pattern" phase use action buy-in
            spike -> wiki -> adopt
            """)
        #expect(map.framework.phases == ["create", "identify", "collect", "review", "share", "access", "use"])
        #expect(!map.framework.isDefault)
        #expect(map.activities.map(\.phase) == [0, 2, 6])
        #expect(map.activities[0].routine == .summary && map.activities[2].action == .buyIn)
        #expect(map.flows.count == 2)
    }

    @Test func customPhasesWorkAsKeywords() {
        let map = compileClean("""
            map "Two steps" {
              phases learn, apply
            }
            learn study "Study"
            apply use   "Use"
            study -> use
            """)
        #expect(map.activities.map(\.phase) == [0, 1])
    }

    @Test func wavesGroupTheirActivities() {
        let map = compileClean("""
            stakeholder teachers "Teachers"
            wave reading "Reading routines" {
              generation pdsa  "PDSA cycles"       by teachers
              capture    brief "Change-idea brief" by teachers
              pdsa -> brief
            }
            application adopt "Adopt" by teachers
            brief -> adopt
            """)
        #expect(map.waves.map(\.id) == ["reading"])
        #expect(map.waves[0].label == "Reading routines")
        #expect(map.waves[0].activities == [0, 1])
        #expect(map.activities.map(\.wave) == [0, 0, nil])
        #expect(map.flows.count == 2)
    }

    @Test func aStakeholderGroupIsKept() {
        let map = compileClean("""
            stakeholder north "North team" group field
            stakeholder south "South team" group field
            generation pdsa "PDSA" by north, south
            """)
        #expect(map.stakeholders.map(\.group) == ["field", "field"])
    }

    @Test func anEmptyMapIsReported() {
        expectDiagnostics("1️⃣stakeholder teachers \"Teachers\"\n", [(1, .emptyMap)])
        let compiled = MarkedMap("").compile()
        #expect(compiled.diagnostics.map(\.id) == [.emptyMap] && !compiled.diagnostics.hasErrors)
    }

    @Test func aMapWithErrorsStillResolvesEverythingElse() {
        let compiled = expectDiagnostics("""
            stakeholder teachers "Teachers"
            generation pdsa "PDSA" by 1️⃣teacher every 2️⃣wek
            3️⃣consolidaton huddle "Huddle" by teachers
            pdsa -> huddle -> 4️⃣nowhere
            """, [(1, .undefinedReference), (2, .badCadence), (3, .unknownPhase), (4, .undefinedReference)])
        #expect(compiled.diagnostics.hasErrors)
        #expect(compiled.map.activities.map(\.phase) == [0, 1])
        #expect(compiled.map.activities[0].owners.isEmpty && compiled.map.activities[0].cadence == nil)
        #expect(compiled.map.flows.count == 1)
    }

    @Test func aLongChainResolvesWithoutRecursion() {
        let count = 20_000
        var text = "stakeholder team \"Team\"\n"
        text.reserveCapacity(count * 40)
        for index in 0..<count { text += "generation a\(index) \"Step\" by team\n" }
        for index in 1..<count { text += "a\(index - 1) -> a\(index)\n" }
        let compiled = resolving(SourceFile(path: "chain.kmap", text: text))
        #expect(compiled.diagnostics.isEmpty)
        #expect(compiled.map.activities.count == count && compiled.map.flows.count == count - 1)
    }
}
