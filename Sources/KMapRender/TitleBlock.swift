import KMapModel
import KMapText

/// The block above a diagram: the map's title and goal, a one-line summary and a legend.
enum TitleBlock {
    /// One legend item: a sample cell and its meaning.
    struct LegendItem {
        /// Attributes of the sample `<TD>` (border, style, colours).
        let cellAttributes: String
        /// Escaped markup shown inside the sample.
        let sample: String
    }

    static func label(map: KMap, summary: String, legend: [LegendItem]) -> HTMLLabel {
        let title = HTMLLabel.wrapped(map.title ?? "Untitled map", width: 70)
        var rows = [NodeLabels.font("<B>\(title)</B>", size: 18)]
        if let goal = map.goal {
            rows.append("<I>\(HTMLLabel.wrapped("Goal: \(goal)", width: 100))</I>")
        }
        rows.append(DOTText.htmlLabel(summary))
        if !legend.isEmpty { rows.append(legendRow(legend)) }
        var markup = "<TABLE BORDER=\"0\" CELLSPACING=\"2\">"
        for row in rows { markup += "<TR><TD>\(row)</TD></TR>" }
        markup += "</TABLE>"
        return HTMLLabel(trustedMarkup: markup)
    }

    /// The legend as one row of sample cells (Graphviz rejects a table row without cells, so
    /// callers leave out an empty legend).
    private static func legendRow(_ legend: [LegendItem]) -> String {
        var legendRow = "<TABLE BORDER=\"0\" CELLSPACING=\"6\" CELLPADDING=\"3\"><TR>"
        for item in legend {
            legendRow += "<TD \(item.cellAttributes)>\(NodeLabels.font(item.sample, size: 10))</TD>"
        }
        legendRow += "</TR></TABLE>"
        return legendRow
    }

    /// The legend of the waves view; gap samples only when gaps are drawn.
    static func wavesLegend(showGaps: Bool) -> [LegendItem] {
        var items = [
            LegendItem(
                cellAttributes: "BORDER=\"1\" STYLE=\"rounded\" BGCOLOR=\"\(Palette.fill(forPhase: 0))\"",
                sample: "activity"),
            LegendItem(cellAttributes: "BORDER=\"1\" STYLE=\"dashed\"", sample: "planned"),
            LegendItem(cellAttributes: "BORDER=\"0\"", sample: "⛁ repository"),
            LegendItem(cellAttributes: "BORDER=\"0\"", sample: "⟶ flow"),
            LegendItem(
                cellAttributes: "BORDER=\"0\"",
                sample: NodeLabels.font("⇠ flow back (feedback)", color: Palette.feedback)),
        ]
        if showGaps {
            items += [
                LegendItem(
                    cellAttributes: "BORDER=\"1\" STYLE=\"dashed\" COLOR=\"\(Palette.gap)\"",
                    sample: NodeLabels.font("missing phase", color: Palette.gap)),
                LegendItem(cellAttributes: "BORDER=\"2\" COLOR=\"\(Palette.gap)\"", sample: "finding (rule code)"),
                LegendItem(
                    cellAttributes: "BORDER=\"0\"", sample: NodeLabels.font("↺ open loop", color: Palette.gap)),
            ]
        }
        return items
    }

    /// The legend of the collapsed waves view: a reached phase and a missing one.
    static func collapsedLegend(showGaps: Bool) -> [LegendItem] {
        var items = [
            LegendItem(
                cellAttributes: "BORDER=\"1\" BGCOLOR=\"\(Palette.fill(forPhase: 0))\"", sample: "phase reached"),
            LegendItem(cellAttributes: "BORDER=\"0\"", sample: "⛁ repository"),
            LegendItem(cellAttributes: "BORDER=\"0\"", sample: "⟶ flows between waves (×count)"),
        ]
        if showGaps {
            items.insert(
                LegendItem(
                    cellAttributes: "BORDER=\"1\" COLOR=\"\(Palette.gap)\"",
                    sample: NodeLabels.font("× phase missing", color: Palette.gap)),
                at: 1)
        }
        return items
    }

    /// The legend of the stakeholder view.
    static func stakeholderLegend(showGaps: Bool) -> [LegendItem] {
        var items = [
            LegendItem(cellAttributes: "BORDER=\"1\" STYLE=\"rounded\"", sample: "stakeholder"),
            LegendItem(cellAttributes: "BORDER=\"2\" STYLE=\"rounded\" COLOR=\"\(Palette.broker)\"", sample: "broker"),
            LegendItem(cellAttributes: "BORDER=\"1\" STYLE=\"dashed\"", sample: "external"),
            LegendItem(cellAttributes: "BORDER=\"1\" BGCOLOR=\"\(Palette.waveBackground)\"", sample: "group"),
            LegendItem(cellAttributes: "BORDER=\"0\"", sample: "⟶ passes knowledge to"),
        ]
        if showGaps {
            items.append(LegendItem(
                cellAttributes: "BORDER=\"1\" STYLE=\"rounded\" BGCOLOR=\"\(Palette.deFactoBrokerFill)\"",
                sample: "de-facto broker"))
        }
        return items
    }
}
