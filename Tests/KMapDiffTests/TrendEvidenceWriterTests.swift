import Foundation
import FoundationXML
import KMapDiff
import KMapEvidence
import KMapLanguage
import Testing

/// A trend with evidence: the periods' table after the versions' in text, Markdown and CSV, and
/// the periods' panels on the chart.
@Suite struct TrendEvidenceWriterTests {
    static func trend() -> Trend {
        let analysis = Maps.analyze(BaseMap.text)
        let log = SourceFile(path: "log.csv", text: """
            date,activity,participants,id,acts_on
            2026-01-05,pdsa,teachers,p1,
            2026-01-20,huddle,teachers;coaches,h1,p1
            2026-03-02,pdsa,teachers,p2,
            """)
        var trend = TrendFixtures.twoFiles()
        trend.evidence = EvidenceSeries(map: analysis.map, evidence: EvidenceReader.read([log], against: analysis.map), length: .month)
        return trend
    }

    @Test func textAddsOneAlignedRowPerMonthWithTheEmptyMonthAsZeros() {
        let text = TrendTableWriter.text(Self.trend())
        let evidence = text.components(separatedBy: "\n\n").last ?? ""
        let lines = evidence.split(separator: "\n").map(String.init)
        #expect(lines.first == "Evidence of the newest version per month, 2026-01-05 to 2026-03-02")
        #expect(lines[1].hasPrefix("period   occurrences  generation  consolidation  capture  sharing  application  lessons acted on"))
        #expect(lines.dropFirst(2).map { String($0.prefix(7)) } == ["2026-01", "2026-02", "2026-03"])
        #expect(lines[3].hasPrefix("2026-02            0           0              0        0        0            0               0/0              0/0            -    0/3"))
    }

    @Test func markdownAndCSVCarryTheSameRows() {
        let trend = Self.trend()
        let markdown = TrendTableWriter.markdown(trend)
        #expect(markdown.contains("\n| 2026-01 | 2 | 1 | 1 | 0 | 0 | 0 | 0/0 | 0/1 | \\- | 2/3 |"))
        let csv = TrendTableWriter.csv(trend)
        let tables = csv.components(separatedBy: "\r\n\r\n")
        #expect(tables.count == 2)
        let rows = tables[1].split(separator: "\r\n").map(String.init)
        #expect(rows[0].hasPrefix("period,from,to,occurrences,generation,consolidation,capture,sharing,application,lessons_due,lessons_acted_on,"
            + "generations,waves_completed,median_days_to_application,must_be_heard,heard,heard_teachers,heard_coaches,heard_principals,never-held"))
        #expect(rows[2].hasPrefix("2026-02,2026-02-01,2026-02-28,0,0,0,0,0,0,0,0,0,0,,3,0,0,0,0,"))
    }

    @Test func theChartAddsTwoPanelsOverThePeriods() {
        let svg = TrendChart.svg(Self.trend())
        #expect(XMLParser(data: Data(svg.utf8)).parse())
        #expect(svg.contains("<g id=\"panel-3\">") && svg.contains("<g id=\"panel-4\">"))
        #expect(svg.contains(">Evidence per month</text>") && svg.contains(">Evidence findings per month</text>"))
        #expect(svg.contains(">2026-02</text>") && svg.contains(">voices heard (of 3)</text>"))
        #expect(!TrendChart.svg(TrendFixtures.twoFiles()).contains("panel-3"))
    }
}
