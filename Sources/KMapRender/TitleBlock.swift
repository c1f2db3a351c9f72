import KMapModel

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
        var rows = ["<FONT POINT-SIZE=\"18\"><B>\(HTMLLabel.wrapped(map.title ?? "Untitled map", width: 70))</B></FONT>"]
        if let goal = map.goal {
            rows.append("<I>\(HTMLLabel.wrapped("Goal: \(goal)", width: 100))</I>")
        }
        rows.append(HTMLLabel.escape(summary))
        // Graphviz rejects a table row without cells, so an empty legend gets no row at all.
        if !legend.isEmpty {
            var legendRow = "<TABLE BORDER=\"0\" CELLSPACING=\"6\" CELLPADDING=\"3\"><TR>"
            for item in legend {
                legendRow += "<TD \(item.cellAttributes)><FONT POINT-SIZE=\"10\">\(item.sample)</FONT></TD>"
            }
            legendRow += "</TR></TABLE>"
            rows.append(legendRow)
        }
        var markup = "<TABLE BORDER=\"0\" CELLSPACING=\"2\">"
        for row in rows { markup += "<TR><TD>\(row)</TD></TR>" }
        markup += "</TABLE>"
        return HTMLLabel(trustedMarkup: markup)
    }

    /// The legend of the waves view; gap samples only when gaps are drawn.
    static func wavesLegend(showGaps: Bool) -> [LegendItem] {
        var items = [
            LegendItem(cellAttributes: "BORDER=\"1\" STYLE=\"rounded\" BGCOLOR=\"\(Palette.fill(forPhase: 0))\"", sample: "activity"),
            LegendItem(cellAttributes: "BORDER=\"1\" STYLE=\"dashed\"", sample: "planned"),
            LegendItem(cellAttributes: "BORDER=\"0\"", sample: "⛁ repository"),
            LegendItem(cellAttributes: "BORDER=\"0\"", sample: "⟶ flow"),
            LegendItem(cellAttributes: "BORDER=\"0\"", sample: "<FONT COLOR=\"\(Palette.feedback)\">⇠ flow back (feedback)</FONT>"),
        ]
        if showGaps {
            items += [
                LegendItem(
                    cellAttributes: "BORDER=\"1\" STYLE=\"dashed\" COLOR=\"\(Palette.gap)\"",
                    sample: "<FONT COLOR=\"\(Palette.gap)\">missing phase</FONT>"),
                LegendItem(cellAttributes: "BORDER=\"2\" COLOR=\"\(Palette.gap)\"", sample: "finding (rule code)"),
                LegendItem(cellAttributes: "BORDER=\"0\"", sample: "<FONT COLOR=\"\(Palette.gap)\">↺ open loop</FONT>"),
            ]
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
