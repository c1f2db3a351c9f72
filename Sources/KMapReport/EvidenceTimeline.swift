import KMapEvidence
import KMapModel
import KMapText

/// The evidence as a timeline drawn in SVG: one row per activity of the map (in map order), a
/// mark per occurrence in the period, and for an activity with a cadence the time its cadence
/// and tolerance cover after the period's start and after each occurrence, drawn as a band. Where
/// the band breaks, the cadence was not kept. Every label passes through ``XMLText``.
public enum EvidenceTimeline {
    static let labelWidth = 230.0
    static let plotWidth = 660.0
    static let countWidth = 50.0
    static let rowHeight = 20.0
    static let axisHeight = 28.0
    private static let (ink, muted, axis, rule, grid) = ("#222", "#777", "#555", "#ddd", "#eee")
    /// The cadence band and the occurrence marks: light and dark blue.
    private static let (band, mark) = ("#cfe3f7", "#1f5fa8")

    /// The SVG document, or nil when the period has no bounds (the logs hold no occurrence).
    public static func svg(_ context: EvidenceContext) -> String? {
        guard let from = context.period.from, let to = context.period.to else { return nil }
        let map = context.map
        let span = Double(max(1, to.day - from.day + 1))
        func x(_ day: Int) -> Double { labelWidth + plotWidth * Double(day - from.day) / span }
        let width = labelWidth + plotWidth + countWidth
        let height = axisHeight + rowHeight * Double(map.activities.count) + 8
        var parts = [
            #"<svg xmlns="http://www.w3.org/2000/svg" class="evidence-timeline" width="\#(format(width))" height="\#(format(height))" viewBox="0 0 \#(format(width)) \#(format(height))" font-family="sans-serif" font-size="11" role="img">"#,
            "<title>\(XMLText.escape("Evidence timeline from \(context.period.description)"))</title>",
        ]
        parts += monthTicks(from: from, to: to, x: x, bottom: height - 8)
        for activity in map.activities.modelIndices {
            let top = axisHeight + rowHeight * Double(activity.position)
            parts += row(activity, in: context, top: top, end: to.day, x: x)
        }
        parts.append("</svg>")
        return parts.joined(separator: "\n") + "\n"
    }

    private static func row(_ activity: ActivityIndex, in context: EvidenceContext, top: Double, end: Int, x: (Int) -> Double) -> [String] {
        let declared = context.map.activities[activity]
        let occurrences = context.byActivity[activity.position].map { context[$0].date.day }
        let middle = top + rowHeight / 2
        let planned = declared.status == .planned
        var parts = [
            #"<g class="row" id="timeline-\#(XMLText.escape(declared.id))">"#,
            #"<text x="\#(format(labelWidth - 8))" y="\#(format(middle + 4))" text-anchor="end" fill="\#(planned ? muted : ink)">\#(XMLText.escape(label(of: declared)))</text>"#,
            #"<line x1="\#(format(labelWidth))" y1="\#(format(middle))" x2="\#(format(labelWidth + plotWidth))" y2="\#(format(middle))" stroke="\#(rule)"/>"#,
        ]
        if let cadence = declared.cadence, !planned, let start = context.period.from?.day {
            let reach = Int((cadence.days * (1 + context.settings.cadenceTolerance)).rounded(.down))
            for day in [start] + occurrences {
                let bandEnd = min(end + 1, day + reach)
                parts.append(#"<rect class="cadence" x="\#(format(x(day)))" y="\#(format(top + 4))" width="\#(format(max(0, x(bandEnd) - x(day))))" height="\#(format(rowHeight - 8))" fill="\#(band)"/>"#)
            }
        }
        for (day, index) in zip(occurrences, context.byActivity[activity.position]) {
            let title = "\(declared.id) on \(context[index].date)" + (context[index].id.map { " (\($0))" } ?? "")
            parts.append(#"<circle cx="\#(format(x(day) + 1))" cy="\#(format(middle))" r="3.5" fill="\#(mark)"><title>\#(XMLText.escape(title))</title></circle>"#)
        }
        parts.append(#"<text x="\#(format(labelWidth + plotWidth + 8))" y="\#(format(middle + 4))" fill="\#(ink)">\#(occurrences.count)</text>"#)
        parts.append("</g>")
        return parts
    }

    /// A tick and a `2026-03` label at the first day of each month in the period.
    private static func monthTicks(from: EvidenceDate, to: EvidenceDate, x: (Int) -> Double, bottom: Double) -> [String] {
        var parts: [String] = []
        var (year, month, _) = from.civil
        while let first = EvidenceDate(year: year, month: month, day: 1), first <= to {
            if first >= from {
                let position = format(x(first.day))
                parts.append(#"<line x1="\#(position)" y1="\#(format(axisHeight - 6))" x2="\#(position)" y2="\#(format(bottom))" stroke="\#(grid)"/>"#)
                let name = String(first.description.prefix(7))
                parts.append(#"<text x="\#(position)" y="\#(format(axisHeight - 10))" text-anchor="middle" fill="\#(axis)">\#(name)</text>"#)
            }
            (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
        }
        return parts
    }

    /// `Post-distribution monitoring (pdm)`, the label shortened to fit the label column and the
    /// id kept whole, since the id is what the log names.
    private static func label(of activity: Activity) -> String {
        let id = PlainText.clean(activity.id)
        let name = PlainText.clean(activity.label)
        let room = max(8, 34 - id.count - 3)
        guard !name.isEmpty else { return id }
        return (name.count > room ? String(name.prefix(room - 1)) + "…" : name) + " (\(id))"
    }

    /// A coordinate with at most one decimal.
    private static func format(_ value: Double) -> String {
        let tenths = (value * 10).rounded() / 10
        return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
    }
}
