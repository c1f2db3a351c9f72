import KMapLanguage
import KMapModel
import Testing

@Suite struct ResolverDeclarationsTests {
    @Test func aDuplicateIdPointsAtItsFirstDefinition() throws {
        let marked = """
            generation 2️⃣pdsa "PDSA cycles"
            stakeholder 1️⃣pdsa "PDSA team"
            """
        let compiled = expectDiagnostics(marked, [(1, .duplicateID)])
        let diagnostic = try #require(compiled.diagnostics.first)
        #expect(diagnostic.message.contains("already defined as an activity"))
        #expect(diagnostic.notes.map(\.message) == ["first defined here"])
        let firstID = MarkedMap(marked).positions[2] ?? -1
        #expect(diagnostic.notes.first?.range == SourceRange(start: firstID, end: firstID + 4))
        #expect(compiled.map.stakeholders.isEmpty && compiled.map.activities.count == 1)
    }

    @Test func wavesShareTheNamespace() {
        let compiled = expectDiagnostics("""
            generation reading "Reading"
            wave 1️⃣reading "Reading wave" {
              capture brief "Brief"
            }
            """, [(1, .duplicateID)])
        #expect(compiled.map.waves.isEmpty)
        #expect(compiled.map.activities.map(\.wave) == [nil, nil])
    }

    @Test func aDuplicateDeclarationIsStillChecked() {
        let compiled = expectDiagnostics("""
            stakeholder teachers "Teachers"
            generation pdsa "PDSA" by teachers
            generation 1️⃣pdsa "PDSA again" by 2️⃣nobody
            """, [(1, .duplicateID), (2, .undefinedReference)])
        #expect(compiled.map.activities.count == 1 && compiled.map.activities[0].label == "PDSA")
    }

    @Test func anUnknownPhaseKeywordSuggestsAndFixes() throws {
        let compiled = expectDiagnostics("""
            1️⃣generaton pdsa "PDSA cycles"
            """, [(1, .unknownPhase)])
        let diagnostic = try #require(compiled.diagnostics.first)
        #expect(diagnostic.message == "'generaton' is not a phase of this map; did you mean 'generation'?")
        #expect(diagnostic.fixIt?.replacement == "generation")
        #expect(diagnostic.fixIt?.range == SourceRange(start: 0, end: 9))
        #expect(compiled.map.activities.map(\.phase) == [0])
    }

    @Test func aMisspelledStatementKeywordIsSuggested() throws {
        let diagnostic = try #require(onlyDiagnostic("""
            stakeholdr teachers "Teachers"
            generation pdsa "PDSA"
            """))
        #expect(diagnostic.id == .unknownPhase)
        #expect(diagnostic.fixIt?.replacement == "stakeholder")
    }

    @Test func aDefaultPhaseIsUnknownInACustomFramework() throws {
        let compiled = expectDiagnostics("""
            map "APQC" {
              phases create, identify, collect, review, share, access, use
            }
            1️⃣collection wiki "Wiki"
            """, [(1, .unknownPhase)])
        #expect(compiled.diagnostics.first?.fixIt?.replacement == "collect")
        #expect(compiled.map.activities.map(\.phase) == [2])
    }

    @Test func theGenericKeywordNeedsAPhase() {
        expectDiagnostics("""
            1️⃣activity pdsa "PDSA cycles"
            activity huddle "Huddle" phase 2️⃣consolidaton
            activity brief "Brief" phase capture
            """, [(1, .unknownPhase), (2, .unknownPhase)])
    }

    @Test func anUnknownPhaseWithNoCloseNameFallsBackToTheFirstPhase() throws {
        let compiled = expectDiagnostics("1️⃣zzzzzz pdsa \"PDSA\"\n", [(1, .unknownPhase)])
        #expect(compiled.diagnostics.first?.fixIt == nil)
        #expect(compiled.map.activities.map(\.phase) == [0])
    }

    @Test func aMissingLabelFallsBackToTheId() {
        let compiled = MarkedMap("stakeholder teachers\ngeneration pdsa by teachers\n").compile()
        #expect(compiled.diagnostics.allSatisfy { $0.id == .missingLabel })
        #expect(compiled.map.stakeholders.map(\.label) == ["teachers"])
        #expect(compiled.map.activities.map(\.label) == ["pdsa"])
        #expect(compiled.map.activities.first?.owners == [0])
    }
}
