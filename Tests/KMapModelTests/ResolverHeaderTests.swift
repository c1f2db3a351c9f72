import KMapLanguage
import KMapModel
import Testing

@Suite struct ResolverHeaderTests {
    @Test func aSecondHeaderIsReportedWithANoteAtTheFirst() throws {
        let marked = """
            2️⃣map "First"
            1️⃣map "Second" {
              goal "Ignored"
            }
            generation pdsa "PDSA"
            """
        let compiled = expectDiagnostics(marked, [(1, .duplicateHeader)])
        let note = try #require(compiled.diagnostics.first?.notes.first)
        #expect(note.range?.start == MarkedMap(marked).positions[2])
        #expect(compiled.map.title == "First" && compiled.map.goal == nil)
    }

    @Test func goalAndStandardsAreRead() {
        let map = compileClean("""
            map "Title" {
              goal "Apply what we learn"
              standard "Tested at three sites"
              standard "Used by two teams"
            }
            generation pdsa "PDSA"
            """)
        #expect(map.goal == "Apply what we learn")
        #expect(map.standards == ["Tested at three sites", "Used by two teams"])
    }

    @Test func aFrameworkNeedsTwoDistinctPhases() {
        let compiled = expectDiagnostics("""
            map "One phase" {
              1️⃣phases learn, 2️⃣learn
            }
            generation pdsa "PDSA"
            """, [(1, .badFramework), (2, .badFramework)])
        #expect(compiled.map.framework == .default)
        #expect(compiled.map.activities.map(\.phase) == [0])
    }

    @Test func aPhaseCannotBeAStatementKeyword() {
        let compiled = expectDiagnostics("""
            map "Odd" {
              phases learn, 1️⃣stakeholder, apply
            }
            learn pdsa "PDSA"
            """, [(1, .badFramework)])
        #expect(compiled.map.framework.phases == ["learn", "apply"])
    }

    @Test func rulesBecomeSettings() {
        let marked = """
            map "Rules" {
              rules {
                disable 1️⃣cadence-mismatch, KM004
                enable 2️⃣open-loop
                severity open-loop error
                severity unused-repository info
              }
            }
            generation pdsa "PDSA"
            """
        let map = compileClean(MarkedMap(marked).source.text)
        let positions = MarkedMap(marked).positions
        #expect(Set(map.ruleSettings.disabled.keys) == ["cadence-mismatch", "KM004"])
        #expect(map.ruleSettings.disabled["cadence-mismatch"]?.start == positions[1])
        #expect(map.ruleSettings.enabled["open-loop"]?.start == positions[2])
        #expect(map.ruleSettings.severities == ["open-loop": .error, "unused-repository": .info])
    }

    @Test func aSeverityLevelMustBeKnown() throws {
        let compiled = expectDiagnostics("""
            map "Rules" {
              rules {
                severity open-loop 1️⃣warn
              }
            }
            generation pdsa "PDSA"
            """, [(1, .invalidValue)])
        let diagnostic = try #require(compiled.diagnostics.first)
        #expect(diagnostic.message.contains("did you mean 'warning'?"))
        #expect(diagnostic.fixIt?.replacement == "warning")
        #expect(compiled.map.ruleSettings.severities.isEmpty)
    }

    @Test func headerAttributesAreCheckedForPlacement() {
        expectDiagnostics("""
            map "Misplaced" {
              1️⃣by teachers
              goal "First"
              2️⃣goal "Second"
              rules {
                3️⃣goal "Nested"
              }
            }
            generation pdsa "PDSA"
            """, [(1, .attributeNotValid), (2, .duplicateAttribute), (3, .attributeNotValid)])
    }
}
