import KMapLanguage
import KMapModel
import Testing

/// The map as it runs today (`asIs()`): planned activities and every flow that touches them are
/// left out, repeated flows included; the rest is kept as written.
@Suite struct AsIsTests {
    static let text = """
        stakeholder teachers "Teachers"
        generation pdsa "PDSA cycles" by teachers
        repository drive "Shared drive" owner teachers
        application adopt "Adoption" by teachers status planned
        pdsa -> drive : "first upload"
        pdsa -> drive : "second upload"
        pdsa -> adopt
        pdsa -> adopt : "again"

        """

    @Test func repeatedFlowsBetweenKeptNodesAreKept() {
        let map = compileClean(Self.text)
        #expect(map.repeatedFlows.count == 2)
        let today = map.asIs()
        #expect(today.activities.map(\.id) == ["pdsa"])
        #expect(today.flows.map(\.label) == ["first upload"])
        #expect(today.repeatedFlows.map(\.label) == ["second upload"], "the repeat between existing nodes stays")
        let repeated = today.repeatedFlows[0]
        #expect(today.id(of: repeated.from) == "pdsa" && today.id(of: repeated.to) == "drive")
        #expect(today.source.lineText(today.source.line(of: repeated.range.start)).contains("second upload"),
                "the range still points into the file")
    }

    @Test func aMapWithoutPlannedActivitiesKeepsEveryFlow() {
        let map = compileClean(Self.text.replacingOccurrences(of: " status planned", with: ""))
        let today = map.asIs()
        #expect(today.flows.count == map.flows.count && today.repeatedFlows.count == map.repeatedFlows.count)
    }
}
