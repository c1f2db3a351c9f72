import KMapLanguage
import KMapModel
import Testing

@Suite struct AttributePlacementTests {
    @Test func attributesBelongToTheirKindOfDeclaration() throws {
        let compiled = expectDiagnostics("""
            stakeholder teachers "Teachers" 1️⃣owner teachers
            repository drive "Drive" 2️⃣broker
            generation pdsa "PDSA" 3️⃣external 4️⃣group teachers
            """, [(1, .attributeNotValid), (2, .attributeNotValid), (3, .attributeNotValid), (4, .attributeNotValid)])
        #expect(compiled.diagnostics[0].message == "'owner' is not valid on a stakeholder; it is valid on repositories")
        #expect(compiled.diagnostics[1].message == "'broker' is not valid on a repository; it is valid on stakeholders")
        #expect(compiled.map.repositories[0].owner == nil)
    }

    @Test func activityAttributesAreNotValidElsewhere() throws {
        let diagnostic = try #require(onlyDiagnostic("""
            stakeholder teachers "Teachers" every week
            generation pdsa "PDSA"
            """))
        #expect(diagnostic.id == .attributeNotValid)
        #expect(diagnostic.message.hasSuffix("it is valid on activities"))
    }

    @Test func routineIsForConsolidationAndActionForApplication() throws {
        let compiled = expectDiagnostics("""
            generation pdsa "PDSA" 1️⃣routine summary
            consolidation huddle "Huddle" routine summary 2️⃣action act
            application adopt "Adopt" action resource
            """, [(1, .attributeNotValid), (2, .attributeNotValid)])
        #expect(compiled.diagnostics[0].message.contains("only on consolidation activities"))
        #expect(compiled.map.activities.map(\.routine) == [nil, .summary, nil])
        #expect(compiled.map.activities.map(\.action) == [nil, nil, .resource])
    }

    @Test func phaseOnlyGoesWithTheGenericKeyword() {
        let compiled = expectDiagnostics("""
            generation pdsa "PDSA" 1️⃣phase capture
            """, [(1, .attributeNotValid)])
        #expect(compiled.map.activities.map(\.phase) == [0])
    }

    @Test func aRepeatedSingleValuedAttributeKeepsTheFirst() throws {
        let marked = """
            stakeholder teachers "Teachers"
            generation pdsa "PDSA" {
              3️⃣every week
              by teachers
              1️⃣every month
              by teachers
              technique survey
              2️⃣technique evaluation
              note "one"
              note "two"
            }
            """
        let compiled = expectDiagnostics(marked, [(1, .duplicateAttribute), (2, .duplicateAttribute)])
        let diagnostic = try #require(compiled.diagnostics.first)
        #expect(diagnostic.severity == .warning && !compiled.diagnostics.hasErrors)
        #expect(diagnostic.notes.first?.range?.start == MarkedMap(marked).positions[3])
        let pdsa = compiled.map.activities[0]
        #expect(pdsa.cadence == Cadence(unit: .week) && pdsa.technique == "survey")
        #expect(pdsa.owners == [0] && pdsa.notes == ["one", "two"])
    }

    @Test func customFrameworksAllowRoutineAndActionAnywhere() {
        let map = compileClean("""
            map "Flow" {
              phases create, review, use
            }
            activity spike "Spike" phase create routine reduction action act
            """)
        #expect(map.activities[0].routine == .reduction && map.activities[0].action == .act)
    }
}
