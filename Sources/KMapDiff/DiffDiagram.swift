import KMapAnalysis
import KMapModel
import KMapRender
import KMapText

/// The new version's waves diagram with the changes drawn on it: additions outlined in green,
/// changes and renames in amber, removed activities and repositories as red dashed ghosts
/// (with their removed flows), removed flows as red dashed arrows, closed gaps ticked.
///
/// Built on the render stage's DOT graph, found by the `id` attributes it gives nodes and edges
/// (`act-ID`, `repo-ID`, `flow-FROM.TO`, `phase-NAME`); a ghost is pinned to the column of its
/// phase, and a removed flow is drawn only between different columns (never a flat edge).
public enum DiffDiagram {
    static let addedColor = "#228833"
    static let changedColor = "#EE9900"
    /// Darker amber for text, readable on the phase fills.
    static let changedTextColor = "#A65F00"
    static let removedColor = "#CC3311"

    /// The DOT graph of the picture.
    /// - Throws: ``RenderError`` when the diagram cannot be built.
    public static func graph(for diff: MapDiff) throws(RenderError) -> DOTGraph {
        let input = DiagramInput(analysis: diff.new)
        var editor = DOTGraphEditor(try DiagramBuilder.graph(for: input, options: DiagramOptions()))
        var ghosts = GhostNodes(diff: diff, editor: editor)
        for change in diff.changes {
            mark(change, editor: &editor, ghosts: &ghosts)
        }
        var unplacedClosures: [String] = []
        for finding in diff.gaps.resolved {
            let row = "<FONT POINT-SIZE=\"9\" COLOR=\"\(addedColor)\"><B>✓ \(DOTText.htmlLabel("\(finding.code) \(finding.slug)"))</B></FONT>"
            let targets = finding.nodes.map { nodeID($0, in: diff.old.map, renames: diff.renames) }.filter(editor.hasNode)
            if targets.isEmpty { unplacedClosures.append("\(finding.code) \(finding.slug) (\(finding.key))") }
            for target in targets { editor.updateNode(target) { $0.appendLabelRows([row]) } }
        }
        var graph = editor.graph
        DiffLegend.addTitle(to: &graph, diff: diff, unplacedClosures: unplacedClosures)
        return graph
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

    private static func mark(_ change: StructuralChange, editor: inout DOTGraphEditor, ghosts: inout GhostNodes) {
        let prefix: String
        switch change.entity {
        case .activity: prefix = "act-"
        case .repository: prefix = "repo-"
        case .flow:
            markFlow(change, editor: &editor, ghosts: ghosts)
            return
        default: return
        }
        let id = prefix + change.id
        switch change.change {
        case .added:
            editor.updateNode(id) { node in
                node.set("color", addedColor)
                node.set("penwidth", "2.6")
                node.appendLabelRows([row("+ new", color: addedColor)])
            }
        case .renamed, .changed:
            var rows = change.previousID.map { [row("renamed from \($0)", color: changedTextColor)] } ?? []
            rows += change.attributes.prefix(3).map { row("~ \($0.name): \($0.old) → \($0.new)", color: changedTextColor) }
            if change.attributes.count > 3 { rows.append(row("~ \(change.attributes.count - 3) more", color: changedTextColor)) }
            editor.updateNode(id) { node in
                node.set("color", changedColor)
                node.set("penwidth", "2.6")
                node.appendLabelRows(rows)
            }
        case .removed:
            ghosts.addNode(change, editor: &editor)
        }
    }

    private static func markFlow(_ change: StructuralChange, editor: inout DOTGraphEditor, ghosts: GhostNodes) {
        let ends = change.id.split(separator: " -> ").map(String.init)
        guard ends.count == 2 else { return }
        switch change.change {
        case .added, .changed, .renamed:
            let color = change.change == .added ? addedColor : changedColor
            editor.updateEdge("flow-\(ends[0]).\(ends[1])") { edge in
                edge.set("color", color)
                edge.set("penwidth", "2.2")
            }
        case .removed:
            ghosts.addRemovedFlow(from: ends[0], to: ends[1], label: change.label, editor: &editor)
        }
    }

    /// A small coloured line of a node label.
    static func row(_ text: String, color: String) -> String {
        "<FONT POINT-SIZE=\"9\" COLOR=\"\(color)\">\(DOTText.htmlLabel(text))</FONT>"
    }

    /// The `id` a node of the old map has in the new picture.
    private static func nodeID(_ node: NodeRef, in map: KMap, renames: [String: String]) -> String {
        switch node {
        case .activity(let index):
            guard map.activities.indices.contains(index) else { return "" }
            return "act-" + (renames[map.activities[index].id] ?? map.activities[index].id)
        case .repository(let index):
            guard map.repositories.indices.contains(index) else { return "" }
            return "repo-" + (renames[map.repositories[index].id] ?? map.repositories[index].id)
        }
    }
}
