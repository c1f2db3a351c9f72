import KMapModel
import Testing

@Suite struct CadenceTests {
    @Test func unitsReadSingularAndPlural() {
        #expect(Cadence.Unit(spelling: "half-years") == .halfYear)
        #expect(Cadence.Unit(spelling: "month") == .month)
        #expect(Cadence.Unit(spelling: "s") == nil)
        #expect(Cadence.Unit(spelling: "weekss") == nil)
        #expect(Cadence.Unit.spellings.count == 2 * Cadence.Unit.allCases.count)
    }

    @Test func descriptionsAreSpokenForms() {
        #expect(Cadence(unit: .week).description == "week")
        #expect(Cadence(count: 3, unit: .month).description == "3 months")
        #expect(Cadence(count: 2, unit: .fortnight).days == 28)
    }
}
