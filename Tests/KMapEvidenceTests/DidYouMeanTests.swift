@testable import KMapEvidence
import Testing

@Suite struct DidYouMeanTests {
    @Test func suggestsCloseCandidatesBestFirst() {
        var hints = DidYouMean(candidates: ["staffs", "staff", "leads"])
        #expect(hints.closest(to: "staf") == ["staff", "staffs"])
        #expect(hints.closest(to: "zzzz") == [])
    }

    @Test func looksUpOnlyTheFirstDistinctNamesAndRemembersThem() {
        var hints = DidYouMean(candidates: ["staff"])
        #expect(hints.closest(to: "staf") == ["staff"])
        for index in 1..<DidYouMean.budget { _ = hints.closest(to: "unknown\(index)") }
        #expect(hints.closest(to: "stafff") == [], "a name after the budget is spent gets no suggestion")
        #expect(hints.closest(to: "staf") == ["staff"], "a name looked up before keeps its suggestion")
    }

    /// A log whose every row names an unknown participant reports every row, suggestions for the
    /// first distinct names only.
    @Test func aLogOfUnknownNamesIsReportedRowByRow() {
        let map = compile("""
            stakeholder staff "Project staff"
            generation aar "After-action review" by staff
            """)
        let rows = (0...DidYouMean.budget).map { "2026-01-12,aar,stafff\($0 == DidYouMean.budget ? "x" : String($0))" }
        let evidence = read((["date,activity,participants"] + rows).joined(separator: "\n"), against: map)
        let messages = described(evidence)
        #expect(messages.count == DidYouMean.budget + 1)
        #expect(messages.first?.hasSuffix("'stafff0' is not a stakeholder of the map; did you mean 'staff'?") == true)
        #expect(messages.last?.hasSuffix("'stafffx' is not a stakeholder of the map") == true)
    }
}
