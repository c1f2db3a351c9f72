import KMapRender
import KMapText

/// The rows the diff picture adds under the new map's title block: a line saying what changed
/// since which version, the closed gaps the picture has no node to tick, and a legend of the
/// colours.
enum DiffLegend {
    /// The title rows; `closures` name each closed gap with the elements that tick it.
    static func titleRows(diff: MapDiff, closures: [DiagramDecorations.TitleItem]) -> [DiagramDecorations.TitleRow] {
        var summary = "Changes since \(diff.old.map.source.path): "
        let counts = MapDiff.countPhrase(diff.changes)
        summary += counts.isEmpty ? "no structural change" : counts
        summary += " · \(diff.gaps.resolved.count) gap\(diff.gaps.resolved.count == 1 ? "" : "s") closed, \(diff.gaps.introduced.count) opened"
        return [
            .markup(HTMLLabel(trustedMarkup: "<B>\(DOTText.htmlLabel(summary))</B>")),
            .undrawn(prefix: "✓ closed: ", items: closures, color: DiffDiagram.addedColor),
            .markup(legend()),
        ]
    }

    /// Coloured text, not a table of sample cells: Graphviz stretches a nested table to the
    /// width of the title block.
    private static func legend() -> HTMLLabel {
        let items = [
            (DiffDiagram.addedColor, "■ added"),
            (DiffDiagram.changedColor, "■ changed or renamed"),
            (DiffDiagram.removedColor, "▭ removed (dashed)"),
            (DiffDiagram.addedColor, "✓ gap closed"),
        ]
        return HTMLLabel(trustedMarkup: "<FONT POINT-SIZE=\"10\">"
            + items.map { "<FONT COLOR=\"\($0.0)\">\($0.1)</FONT>" }.joined(separator: "    ")
            + "</FONT>")
    }
}
