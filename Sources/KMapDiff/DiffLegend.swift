import KMapRender
import KMapText

/// The title block of the diff picture: the new map's title block, a line saying what changed
/// since which version, and a legend of the colours.
enum DiffLegend {
    static func addTitle(to graph: inout DOTGraph, diff: MapDiff, unplacedClosures: [String]) {
        var rows: [String] = []
        if let index = graph.attributes.firstIndex(where: { $0.name == "label" }) {
            if case .html(let label) = graph.attributes[index].value { rows.append(label.markup) }
            graph.attributes.remove(at: index)
        }
        var summary = "Changes since \(diff.old.map.source.path): "
        let counts = MapDiff.countPhrase(diff.changes)
        summary += counts.isEmpty ? "no structural change" : counts
        summary += " · \(diff.gaps.resolved.count) gap\(diff.gaps.resolved.count == 1 ? "" : "s") closed, \(diff.gaps.introduced.count) opened"
        rows.append("<B>\(DOTText.htmlLabel(summary))</B>")
        if !unplacedClosures.isEmpty {
            rows.append(DiffDiagram.row("✓ closed: " + unplacedClosures.joined(separator: ", "), color: DiffDiagram.addedColor).markup)
        }
        rows.append(legend())
        var markup = "<TABLE BORDER=\"0\" CELLSPACING=\"2\">"
        for row in rows { markup += "<TR><TD>\(row)</TD></TR>" }
        graph.attributes.append(DOTAttribute("label", .html(HTMLLabel(trustedMarkup: markup + "</TABLE>"))))
    }

    /// Coloured text, not a table of sample cells: Graphviz stretches a nested table to the
    /// width of the title block.
    private static func legend() -> String {
        let items = [
            (DiffDiagram.addedColor, "■ added"),
            (DiffDiagram.changedColor, "■ changed or renamed"),
            (DiffDiagram.removedColor, "▭ removed (dashed)"),
            (DiffDiagram.addedColor, "✓ gap closed"),
        ]
        return "<FONT POINT-SIZE=\"10\">"
            + items.map { "<FONT COLOR=\"\($0.0)\">\($0.1)</FONT>" }.joined(separator: "    ")
            + "</FONT>"
    }
}
