import KMapEvidence
import KMapText

/// Draws a ``Trend`` as an SVG line chart with two panels sharing the versions as their x axis:
/// waves (complete, total) and findings by severity, then activities per phase; a trend with
/// evidence adds two panels with the calendar periods as their x axis. Each series has
/// its own colour, dash pattern and marker, so the chart reads in grayscale print; every text is
/// XML-escaped. Hand-written SVG: the same trend always gives the same bytes.
public enum TrendChart {
    static let width = 1000.0
    /// Room on the left for the value labels and the first, rotated version label.
    static let plotLeft = 140.0
    static let plotRight = 780.0
    static let panelHeight = 230.0
    static let titleHeight = 70.0
    /// Room under each panel for the rotated version labels.
    static let axisLabelHeight = 100.0
    /// At most this many version labels on an axis; the others are skipped evenly.
    static let maximumLabels = 14
    /// Above this many versions, points are drawn without markers.
    static let maximumMarkers = 60

    /// A line of the chart.
    struct Series {
        var name: String
        var values: [Int]
        var style: SeriesStyle
    }

    /// A panel of the chart: its title, its lines and the labels of its x axis.
    struct Panel {
        var title: String
        var series: [Series]
        var labels: [String]
    }

    /// The chart as a standalone SVG document: the versions' panels, then, for a trend with
    /// evidence, the panels of its periods (``evidencePanels(_:)``).
    public static func svg(_ trend: Trend) -> String {
        let panels = [
            Panel(title: "Waves and findings", series: [
                Series(name: "waves complete", values: trend.points.map(\.completeWaves), style: SeriesStyle.all[0]),
                Series(name: "waves in total", values: trend.points.map(\.totalWaves), style: SeriesStyle.all[1]),
                Series(name: "errors", values: trend.points.map(\.errors), style: SeriesStyle.all[2]),
                Series(name: "warnings", values: trend.points.map(\.warnings), style: SeriesStyle.all[3]),
                Series(name: "info", values: trend.points.map(\.infos), style: SeriesStyle.all[4]),
            ], labels: trend.axisLabels),
            Panel(title: "Activities per phase", series: trend.phases.enumerated().map { index, phase in
                Series(name: phase, values: trend.points.map { $0.activitiesByPhase[phase] ?? 0 },
                       style: SeriesStyle.all[(index + 5) % SeriesStyle.all.count])
            }, labels: trend.axisLabels),
        ] + (trend.evidence.map(evidencePanels) ?? [])
        let heights = panels.map { max(panelHeight, 40 + Double($0.series.count) * 22) }
        let height = titleHeight + heights.reduce(0) { $0 + $1 + axisLabelHeight } + 10
        let title = "Trend of " + (trend.title ?? "the map") + " over \(trend.points.count) version\(trend.points.count == 1 ? "" : "s")"
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(Int(width))\" height=\"\(Int(height))\" "
            + "viewBox=\"0 0 \(Int(width)) \(Int(height))\" font-family=\"DejaVu Sans, Liberation Sans, Arial, sans-serif\">\n"
        out += "<title>\(XMLText.escape(title))</title>\n"
        out += "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
        out += "<text x=\"\(Int(plotLeft) - 60)\" y=\"34\" font-size=\"20\" font-weight=\"bold\" fill=\"#222222\">\(XMLText.escape(title))</text>\n"
        var top = titleHeight
        for (index, panel) in panels.enumerated() {
            out += panelSVG(
                id: "panel-\(index + 1)", title: panel.title, series: panel.series, labels: panel.labels,
                top: top, height: heights[index])
            top += heights[index] + axisLabelHeight
        }
        return out + "</svg>\n"
    }

    private static func panelSVG(id: String, title: String, series: [Series], labels: [String], top: Double, height: Double) -> String {
        let scale = ChartScale(largest: series.flatMap(\.values).max() ?? 0)
        let bottom = top + height
        let plotTop = top + 24
        func y(_ value: Int) -> Double { bottom - Double(value) / Double(scale.maximum) * (bottom - plotTop) }
        func x(_ index: Int) -> Double {
            labels.count < 2 ? (plotLeft + plotRight) / 2 : plotLeft + Double(index) * (plotRight - plotLeft) / Double(labels.count - 1)
        }
        let n = ChartNumber.format
        var out = "<g id=\"\(id)\">\n"
        out += "<text x=\"\(n(plotLeft - 60))\" y=\"\(n(top + 12))\" font-size=\"14\" font-weight=\"bold\" fill=\"#222222\">\(XMLText.escape(title))</text>\n"
        for tick in scale.ticks {
            out += "<line x1=\"\(n(plotLeft))\" y1=\"\(n(y(tick)))\" x2=\"\(n(plotRight))\" y2=\"\(n(y(tick)))\" stroke=\"#DDDDDD\" stroke-width=\"1\"/>\n"
            out += "<text x=\"\(n(plotLeft - 8))\" y=\"\(n(y(tick) + 4))\" font-size=\"11\" text-anchor=\"end\" fill=\"#444444\">\(tick)</text>\n"
        }
        out += "<line x1=\"\(n(plotLeft))\" y1=\"\(n(bottom))\" x2=\"\(n(plotRight))\" y2=\"\(n(bottom))\" stroke=\"#444444\" stroke-width=\"1.2\"/>\n"
        out += "<line x1=\"\(n(plotLeft))\" y1=\"\(n(plotTop))\" x2=\"\(n(plotLeft))\" y2=\"\(n(bottom))\" stroke=\"#444444\" stroke-width=\"1.2\"/>\n"
        let every = max(1, (labels.count + maximumLabels - 1) / maximumLabels)
        for (index, label) in labels.enumerated() where index % every == 0 || index == labels.count - 1 {
            let shown = label.count > 24 ? "…" + String(label.suffix(23)) : label
            out += "<line x1=\"\(n(x(index)))\" y1=\"\(n(bottom))\" x2=\"\(n(x(index)))\" y2=\"\(n(bottom + 5))\" stroke=\"#444444\"/>\n"
            out += "<text transform=\"translate(\(n(x(index) + 4)),\(n(bottom + 16))) rotate(-35)\" font-size=\"11\" "
                + "text-anchor=\"end\" fill=\"#222222\">\(XMLText.escape(shown))</text>\n"
        }
        for (index, line) in series.enumerated() {
            let points = line.values.enumerated().map { "\(n(x($0.offset))),\(n(y($0.element)))" }.joined(separator: " ")
            out += "<polyline id=\"\(id)-series-\(index + 1)\" points=\"\(points)\" fill=\"none\" stroke=\"\(line.style.color)\" "
                + "stroke-width=\"2.2\"\(line.style.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>\n"
            if labels.count <= maximumMarkers {
                for (point, value) in line.values.enumerated() { out += line.style.marker(x: x(point), y: y(value)) + "\n" }
            }
        }
        for (index, line) in series.enumerated() {
            let legendY = plotTop + 8 + Double(index) * 22
            let legendX = plotRight + 30
            out += "<line x1=\"\(n(legendX))\" y1=\"\(n(legendY))\" x2=\"\(n(legendX + 36))\" y2=\"\(n(legendY))\" stroke=\"\(line.style.color)\" "
                + "stroke-width=\"2.2\"\(line.style.dash.map { " stroke-dasharray=\"\($0)\"" } ?? "")/>\n"
            out += line.style.marker(x: legendX + 18, y: legendY) + "\n"
            out += "<text x=\"\(n(legendX + 46))\" y=\"\(n(legendY + 4))\" font-size=\"12\" fill=\"#222222\">\(XMLText.escape(shortened(line.name, to: 26)))</text>\n"
        }
        return out + "</g>\n"
    }

    /// The evidence per period: occurrences, waves completed, lessons acted on and stakeholders
    /// heard; then the evidence findings by rule.
    static func evidencePanels(_ evidence: EvidenceSeries) -> [Panel] {
        let periods = evidence.periods
        let labels = periods.map(\.period.label)
        let per = "per \(evidence.length.rawValue)"
        let indicators = [
            Series(name: "occurrences", values: periods.map(\.occurrences), style: SeriesStyle.all[5]),
            Series(name: "waves completed", values: periods.map(\.completedWaves), style: SeriesStyle.all[0]),
            Series(name: "lessons acted on", values: periods.map(\.lessonsActedOn), style: SeriesStyle.all[7]),
            Series(name: "lessons due", values: periods.map(\.lessonsDue), style: SeriesStyle.all[1]),
            Series(name: "voices heard (of \(evidence.mustBeHeard.count))", values: periods.map(\.stakeholdersHeard), style: SeriesStyle.all[8]),
        ]
        let findings = evidence.rules.enumerated().map { index, rule in
            Series(name: rule.slug, values: periods.map { $0.findings[index] }, style: SeriesStyle.all[(index + 2) % SeriesStyle.all.count])
        }
        return [
            Panel(title: "Evidence \(per)", series: indicators, labels: labels),
            Panel(title: "Evidence findings \(per)", series: findings, labels: labels),
        ]
    }

    /// `text` cut to `length` characters, with an ellipsis when cut.
    private static func shortened(_ text: String, to length: Int) -> String {
        text.count > length ? String(text.prefix(length - 1)) + "…" : text
    }
}
