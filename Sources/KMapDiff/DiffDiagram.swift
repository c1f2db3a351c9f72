import KMapAnalysis
import KMapModel
import KMapRender
import KMapText

/// The new version's waves diagram with the changes drawn on it: additions outlined in green,
/// changes and renames in amber, removed activities and repositories as red dashed ghosts
/// (with their removed flows), removed flows as red dashed arrows, closed gaps ticked.
///
/// Every change names the element that draws it (``StructuralChange/element``); the marks, the
/// ghosts and the title rows (``DiffLegend``) go on the diagram input's decorations, which the
/// render stage applies while it builds.
/// A ghost is pinned to the column of its phase, and a removed flow is drawn only between
/// different columns (never a flat edge).
public enum DiffDiagram {
    static let addedColor = "#228833"
    static let changedColor = "#EE9900"
    /// Darker amber for text, readable on the phase fills.
    static let changedTextColor = "#A65F00"
    static let removedColor = "#CC3311"

    /// The DOT graph of the picture.
    /// - Throws: ``RenderError`` when the diagram cannot be built.
    public static func graph(for diff: MapDiff) throws(RenderError) -> DOTGraph {
        var input = DiagramInput(analysis: diff.new)
        var ghosts = GhostNodes(diff: diff)
        for change in diff.changes {
            mark(change, on: &input.decorations, ghosts: &ghosts)
        }
        var closures: [DiagramDecorations.TitleItem] = []
        for finding in diff.gaps.resolved {
            let tick = row("✓ \(finding.code) \(finding.slug)", color: addedColor, bold: true)
            let targets = finding.nodes.map { element(of: $0, in: diff.old.map, renames: diff.renames) }
            for target in targets { input.decorations.mark(target, .init(labelRows: [tick])) }
            closures.append(.init("\(finding.code) \(finding.slug) (\(finding.key))", shownBy: targets))
        }
        input.decorations.titleRows = DiffLegend.titleRows(diff: diff, closures: closures)
        return try DiagramBuilder.graph(for: input, options: DiagramOptions())
    }

    /// The picture as SVG, PNG or PDF (or DOT text).
    /// - Throws: ``RenderError`` when Graphviz fails or `format` is Mermaid.
    public static func render(_ diff: MapDiff, format: OutputFormat) throws(RenderError) -> [UInt8] {
        let graph = try graph(for: diff)
        switch format {
        case .dot: return Array(DOTWriter.write(graph).utf8)
        case .mermaid: throw .notAGraphvizFormat(format)
        case .svg, .png, .pdf: return try Renderer.render(graph: graph, format: format)
        }
    }

    private static func mark(_ change: StructuralChange, on decorations: inout DiagramDecorations, ghosts: inout GhostNodes) {
        guard let element = change.element else { return }
        let outline = change.entity == .flow ? "2.2" : "2.6"
        switch change.change {
        case .added:
            let rows = change.entity == .flow ? [] : [row("+ new", color: addedColor)]
            decorations.mark(element, .init(attributes: [.text("color", addedColor), .text("penwidth", outline)], labelRows: rows))
        case .renamed, .changed:
            var rows: [HTMLLabel] = []
            if change.entity != .flow {
                rows = change.previousID.map { [row("renamed from \($0)", color: changedTextColor)] } ?? []
                rows += change.attributes.prefix(3).map { row("~ \($0.name): \($0.old) → \($0.new)", color: changedTextColor) }
                if change.attributes.count > 3 { rows.append(row("~ \(change.attributes.count - 3) more", color: changedTextColor)) }
            }
            decorations.mark(element, .init(attributes: [.text("color", changedColor), .text("penwidth", outline)], labelRows: rows))
        case .removed:
            ghosts.add(change, to: &decorations)
        }
    }

    /// A small coloured line of a node label.
    static func row(_ text: String, color: String, bold: Bool = false) -> HTMLLabel {
        let text = bold ? "<B>\(DOTText.htmlLabel(text))</B>" : DOTText.htmlLabel(text)
        return HTMLLabel(trustedMarkup: "<FONT POINT-SIZE=\"9\" COLOR=\"\(color)\">\(text)</FONT>")
    }

    /// The element a node of the old map has in the new picture.
    private static func element(of node: NodeRef, in map: KMap, renames: [String: String]) -> DiagramElement {
        switch node {
        case .activity(let index): .activity(renames[map[index].id] ?? map[index].id)
        case .repository(let index): .repository(renames[map[index].id] ?? map[index].id)
        }
    }
}
