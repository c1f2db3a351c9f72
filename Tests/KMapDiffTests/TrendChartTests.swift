import Foundation
import FoundationXML
import KMapDiff
import Testing

/// The trend as an SVG line chart.
@Suite struct TrendChartTests {
    private func isWellFormed(_ svg: String) -> Bool {
        XMLParser(data: Data(svg.utf8)).parse()
    }

    @Test func drawsTwoPanelsWithAxesLegendsAndOneLinePerSeries() {
        let svg = TrendChart.svg(TrendFixtures.twoFiles())
        #expect(isWellFormed(svg))
        #expect(svg.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\""))
        #expect(svg.contains("<title>Trend of Literacy network over 2 versions</title>"))
        #expect(svg.components(separatedBy: "<polyline ").count - 1 == 5 + 5)
        for name in ["waves complete", "errors", "warnings", "generation", "application"] {
            #expect(svg.contains(">\(name)</text>"), "legend entry \(name)")
        }
        #expect(svg.contains(">maps/v1.kmap</text>"))
        #expect(svg.contains("id=\"panel-2-series-4\" points=\"140,"))
    }

    @Test func escapesEveryText() {
        let svg = TrendChart.svg(Trend(points: TrendFixtures.commits(1).points.map { point in
            var point = point
            point.date = nil
            point.version = "<&\">"
            return point
        }, phaseOrder: [["a<b", "c&d"]], title: "Map \"<x>\" & co"))
        #expect(isWellFormed(svg))
        #expect(svg.contains("Trend of Map &quot;&lt;x&gt;&quot; &amp; co over 1 version"))
        #expect(svg.contains(">&lt;&amp;&quot;&gt;</text>"))
        #expect(svg.contains(">a&lt;b</text>"))
    }

    /// Three commits of one day are told apart by their short commits; a date of its own stays
    /// alone, and a version without a date is labelled by its name.
    @Test func repeatedDatesAreLabelledWithTheCommit() {
        let analysis = TrendFixtures.commits(1).points[0]
        var points = (0..<4).map { index in
            var point = analysis
            point.version = "abc\(index)"
            point.date = index < 3 ? "2026-12-02" : "2026-12-03"
            return point
        }
        points.append(analysis)
        points[4].date = nil
        points[4].version = "maps/v5.kmap"
        let trend = Trend(points: points, phaseOrder: points.map { _ in ["generation"] })
        #expect(trend.axisLabels == ["2026-12-02 abc0", "2026-12-02 abc1", "2026-12-02 abc2", "2026-12-03", "maps/v5.kmap"])
        let svg = TrendChart.svg(trend)
        for label in trend.axisLabels { #expect(svg.contains(">\(label)</text>"), "\(label)") }
    }

    @Test func manyVersionsSkipLabelsAndMarkers() {
        let svg = TrendChart.svg(TrendFixtures.commits(100))
        #expect(isWellFormed(svg))
        #expect(svg.components(separatedBy: "rotate(-35)").count - 1 <= 2 * (14 + 1))
        #expect(svg.components(separatedBy: "<circle").count - 1 <= 2 * 2)
    }

    @Test func sameTrendSameBytes() {
        #expect(TrendChart.svg(TrendFixtures.commits(7)) == TrendChart.svg(TrendFixtures.commits(7)))
    }
}
