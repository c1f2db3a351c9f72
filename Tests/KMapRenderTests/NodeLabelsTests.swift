import Testing
import KMapModel
@testable import KMapRender

@Suite("NodeLabels")
struct NodeLabelsTests {
    let map = SampleMaps.literacy.map()

    @Test("an activity shows its label, owners and audience, cadence, status and findings")
    func activity() throws {
        let adopt = try #require(map.activities.first { $0.id == "adopt" })
        let mark = DiagramMark(code: "KM001", slug: "open-loop")
        let markup = NodeLabels.activity(adopt, in: map, findings: [mark]).markup
        #expect(markup.hasPrefix("<TABLE"))
        #expect(markup.contains("Schools adopt the routine"))
        #expect(markup.contains("by School leadership teams"))
        #expect(markup.contains("planned"))
        #expect(markup.contains("<B>KM001 open-loop</B>"))
        let memo = try #require(map.activities.first { $0.id == "memo" })
        let memoMarkup = NodeLabels.activity(memo, in: map, findings: []).markup
        #expect(memoMarkup.contains("District office → School leadership<BR/>teams"))
    }

    @Test("a missing phase names its wave only when asked")
    func missingPhase() {
        #expect(NodeLabels.missingPhase("sharing", wave: nil).markup.contains("missing: sharing"))
        #expect(!NodeLabels.missingPhase("sharing", wave: nil).markup.contains("Wave"))
        #expect(NodeLabels.missingPhase("sharing", wave: "Wave A").markup.contains("Wave A"))
    }

    @Test("font wraps markup with only the attributes given")
    func font() {
        #expect(NodeLabels.font("x") == "<FONT>x</FONT>")
        #expect(NodeLabels.font("x", size: 9, color: "#123456") == "<FONT POINT-SIZE=\"9\" COLOR=\"#123456\">x</FONT>")
    }
}
