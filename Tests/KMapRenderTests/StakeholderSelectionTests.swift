import Testing
import KMapModel
@testable import KMapRender

@Suite("StakeholderSelection")
struct StakeholderSelectionTests {
    @Test("only the strongest links are kept, in the order they were found")
    func strongestLinks() throws {
        var fixture = MapFixture()
        let count = 20
        for index in 0..<count { fixture.stakeholder("s\(index)", "S\(index)") }
        var activity = 0
        for from in 0..<count {
            for to in 0..<count where from != to {
                let repeats = from == 0 ? 3 : 1
                for _ in 0..<repeats {
                    fixture.activity("sharing", "a\(activity)", "A", by: ["s\(from)"], for: ["s\(to)"])
                    activity += 1
                }
            }
        }
        let input = Analysed.input(fixture.map())
        let scope = try DiagramScope.resolve(nil, in: input)
        let selection = StakeholderSelection(input: input, options: DiagramOptions(view: .stakeholders), scope: scope)
        #expect(selection.linkCount == count * (count - 1) / 2)
        #expect(selection.pairs.count == StakeholderSelection.maximumLinks)
        #expect(selection.pairs.prefix(count - 1).allSatisfy { $0.from == 0 && $0.forward == 3 })
        #expect(selection.shown.count == count)
    }

    @Test("a group is labelled with the stakeholder of the same id, or with its own id")
    func groupLabels() throws {
        var fixture = MapFixture()
        fixture.stakeholder("schools", "All schools")
        fixture.stakeholder("teachers", "Teachers", group: "schools")
        fixture.stakeholder("coach", "Coach", group: "hub")
        let input = Analysed.input(fixture.map())
        let selection = StakeholderSelection(
            input: input, options: DiagramOptions(view: .stakeholders), scope: try DiagramScope.resolve(nil, in: input))
        #expect(selection.sharedGroups == ["schools", "hub"])
        #expect(selection.label(ofGroup: "schools") == "All schools")
        #expect(selection.label(ofGroup: "hub") == "hub")
    }
}
