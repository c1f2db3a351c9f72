import KMapLanguage
import KMapModel
import Testing

@Suite struct ResolverValuesTests {
    @Test(arguments: [
        ("day", Cadence(unit: .day)), ("fortnight", Cadence(unit: .fortnight)), ("half-year", Cadence(unit: .halfYear)),
        ("1 week", Cadence(unit: .week)), ("3 weeks", Cadence(count: 3, unit: .week)),
        ("3 week", Cadence(count: 3, unit: .week)), ("2 half-years", Cadence(count: 2, unit: .halfYear)),
        ("years", Cadence(unit: .year)),
    ])
    func cadencesAreRead(written: String, cadence: Cadence) {
        let map = compileClean("generation pdsa \"PDSA\" every \(written)\n")
        #expect(map.activities.first?.cadence == cadence)
    }

    @Test func anUnknownUnitSuggestsAndFixes() throws {
        let compiled = expectDiagnostics("""
            generation pdsa "PDSA" every 2 1️⃣wekks
            """, [(1, .badCadence)])
        let diagnostic = try #require(compiled.diagnostics.first)
        #expect(diagnostic.message.contains("did you mean 'weeks'"))
        #expect(diagnostic.fixIt?.replacement == "weeks")
        #expect(compiled.map.activities.first?.cadence == nil)
    }

    @Test func aCountOfZeroIsRejected() {
        expectDiagnostics("generation pdsa \"PDSA\" every 1️⃣0 weeks\n", [(1, .badCadence)])
    }

    @Test(arguments: [
        ("consolidation c \"C\" routine 1️⃣sumary", "summary"),
        ("application a \"A\" action 1️⃣buyin", "buy-in"),
        ("generation g \"G\" status 1️⃣plan", "planned"),
    ])
    func enumerationsSuggestTheClosestValue(line: String, suggestion: String) throws {
        let compiled = expectDiagnostics(line + "\n", [(1, .invalidValue)])
        #expect(compiled.diagnostics.first?.fixIt?.replacement == suggestion)
    }

    @Test func anInvalidStatusLeavesTheDefault() {
        let compiled = expectDiagnostics("generation g \"G\" status 1️⃣zzzzzz\n", [(1, .invalidValue)])
        #expect(compiled.diagnostics.first?.fixIt == nil)
        #expect(compiled.diagnostics.first?.notes.first?.message == "status is one of: existing, planned")
        #expect(compiled.map.activities.first?.status == .existing)
    }

    @Test func aliasesAreStoredAsTheCanonicalSlug() {
        let map = compileClean("""
            generation pdsa "PDSA" technique pdsa
            generation review "Review" technique aar
            sharing cop "Community" technique community-of-practice
            """)
        #expect(map.activities.map(\.technique) == ["inquiry-cycle", "after-action-review", "community-of-practice"])
    }

    @Test func anUnknownTechniqueWarnsAndIsKeptAsWritten() throws {
        let compiled = expectDiagnostics("""
            sharing chat "Chats" technique 1️⃣coffee-trials
            sharing assist "Assist" technique 2️⃣peer-asist
            """, [(1, .unknownTechnique), (2, .unknownTechnique)])
        #expect(!compiled.diagnostics.hasErrors)
        #expect(compiled.diagnostics.map(\.severity) == [.warning, .warning])
        #expect(compiled.diagnostics[0].fixIt?.replacement == "randomised-coffee-trials")
        #expect(compiled.diagnostics[1].message == "unknown technique 'peer-asist'; did you mean 'peer-assist'?")
        #expect(compiled.map.activities.map(\.technique) == ["coffee-trials", "peer-asist"])
    }
}
