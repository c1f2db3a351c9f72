import Testing
import KMapModel
@testable import KMapRender

@Suite("TitleBlock")
struct TitleBlockTests {
    @Test("title, goal and summary are escaped; an empty legend leaves no empty table row")
    func content() {
        let map = MapFixture(title: "R&D <lab>", goal: "Ship \"safely\"").map()
        let markup = TitleBlock.label(map: map, summary: "1 < 2", legend: []).markup
        #expect(markup.contains("R&amp;D &lt;lab&gt;"))
        #expect(markup.contains("Goal: Ship &quot;safely&quot;"))
        #expect(markup.contains("1 &lt; 2"))
        #expect(!markup.contains("<TR></TR>"))
    }

    @Test("a map without a title is called untitled; gap samples follow the gaps switch")
    func untitledAndLegends() {
        let map = MapFixture(title: nil).map()
        #expect(TitleBlock.label(map: map, summary: "", legend: []).markup.contains("Untitled map"))
        #expect(TitleBlock.wavesLegend(showGaps: true).count > TitleBlock.wavesLegend(showGaps: false).count)
        let stakeholderLegends = [true, false].map { TitleBlock.stakeholderLegend(showGaps: $0).count }
        #expect(stakeholderLegends[0] > stakeholderLegends[1])
        #expect(TitleBlock.collapsedLegend(showGaps: true).count > TitleBlock.collapsedLegend(showGaps: false).count)
    }
}
