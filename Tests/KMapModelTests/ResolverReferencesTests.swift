import KMapLanguage
import KMapModel
import Testing

@Suite struct ResolverReferencesTests {
    @Test func anUndefinedStakeholderSuggestsStakeholdersOnly() throws {
        let compiled = expectDiagnostics("""
            stakeholder teachers "Teachers"
            generation teachere "Teacher inquiry" by 1️⃣teacher
            """, [(1, .undefinedReference)])
        let diagnostic = try #require(compiled.diagnostics.first)
        #expect(diagnostic.message == "undefined stakeholder 'teacher'; did you mean 'teachers'?")
        #expect(diagnostic.fixIt?.replacement == "teachers")
        #expect(compiled.map.stakeholders.count == 1 && compiled.map.activities[0].owners.isEmpty)
    }

    @Test func anUndefinedNameWithNoCloseIdSaysHowToDeclareIt() throws {
        let diagnostic = try #require(onlyDiagnostic("generation pdsa \"PDSA\" for zzzzzz\n"))
        #expect(diagnostic.fixIt == nil)
        #expect(diagnostic.notes.first?.message == "declare it with 'stakeholder zzzzzz \"Label\"'")
    }

    @Test func referencesMayPointForward() {
        let map = compileClean("""
            pdsa -> drive
            generation pdsa "PDSA" by teachers
            repository drive "Drive" owner teachers
            stakeholder teachers "Teachers"
            """)
        #expect(map.activities[0].owners == [0] && map.repositories[0].owner == 0 && map.flows.count == 1)
    }

    @Test func aReferenceToTheWrongKindIsReported() throws {
        let marked = """
            stakeholder teachers "Teachers"
            repository 2️⃣drive "Drive" owner 3️⃣pdsa
            generation pdsa "PDSA" by 1️⃣drive
            pdsa -> 4️⃣teachers
            """
        let compiled = expectDiagnostics(marked, [(3, .wrongKindReference), (1, .wrongKindReference), (4, .wrongKindReference)])
        let byDrive = compiled.diagnostics[1]
        #expect(byDrive.message == "'drive' is a repository, but 'by' names stakeholders")
        #expect(byDrive.notes.first?.range?.start == MarkedMap(marked).positions[2])
        #expect(compiled.diagnostics[2].message == "'teachers' is a stakeholder, but flows connect only activities and repositories")
        #expect(compiled.map.flows.isEmpty && compiled.map.repositories[0].owner == nil)
    }

    @Test func aFlowToAWaveIsTheWrongKind() {
        expectDiagnostics("""
            wave reading "Reading" {
              generation pdsa "PDSA"
            }
            pdsa -> 1️⃣reading
            """, [(1, .wrongKindReference)])
    }

    @Test func aTypoInAFlowNeverCreatesANode() throws {
        let compiled = expectDiagnostics("""
            generation pdsa "PDSA"
            capture brief "Brief"
            pdsa -> 1️⃣brif -> 2️⃣drive
            """, [(1, .undefinedReference), (2, .undefinedReference)])
        #expect(compiled.diagnostics[0].fixIt?.replacement == "brief")
        #expect(compiled.map.nodeCount == 2 && compiled.map.flows.isEmpty)
    }

    @Test func aSelfFlowIsAnError() throws {
        let compiled = expectDiagnostics("""
            generation pdsa "PDSA"
            capture brief "Brief"
            pdsa -> 1️⃣brief -> brief -> pdsa
            """, [(1, .selfFlow)])
        let diagnostic = try #require(compiled.diagnostics.first)
        #expect(diagnostic.message == "a flow cannot go from 'brief' to itself")
        #expect(compiled.map.flows.map(\.to) == [.activity(1), .activity(0)])
    }

    @Test func repeatedFlowsKeepTheFirst() {
        let map = compileClean("""
            generation pdsa "PDSA"
            capture brief "Brief"
            pdsa -> brief : "first"
            pdsa -> brief : "second"
            brief -> pdsa
            """)
        #expect(map.flows.count == 2)
        #expect(map.flows[0].label == "first")
        #expect(map.graph.outgoingFlows(of: 0) == [0] && map.graph.incomingFlows(of: 0) == [1])
    }

    @Test func aChainGivesEveryStepTheLabelAndItsOwnRange() {
        let marked = "generation a \"A\"\ncapture b \"B\"\nsharing c \"C\"\n1️⃣a -> 2️⃣b -> c : \"handoff\"\n"
        let map = MarkedMap(marked)
        let compiled = map.compile()
        #expect(compiled.diagnostics.isEmpty)
        #expect(compiled.map.flows.map(\.label) == ["handoff", "handoff"])
        #expect(compiled.map.flows.map(\.range.start) == [map.positions[1], map.positions[2]])
    }

    @Test func ownersAreListedOnceInOrder() {
        let map = compileClean("""
            stakeholder a "A"
            stakeholder b "B"
            generation pdsa "PDSA" {
              by b, a, b
              by a
              for a
              for a
            }
            """)
        #expect(map.activities[0].owners == [1, 0] && map.activities[0].audience == [0])
    }
}
