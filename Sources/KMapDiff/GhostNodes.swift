import KMapModel
import KMapRender
import KMapText

/// Draws what the new version no longer has: removed activities and repositories as red dashed
/// "ghost" nodes, removed flows as red dashed arrows.
///
/// A ghost activity is pinned to the column of its phase. A removed flow is drawn only when its
/// ends are known to sit in different columns (activities of different phases, or an activity and
/// a repository), so the picture never gets a flow inside one column, which Graphviz 2.42 may
/// fail to route.
struct GhostNodes {
    private let diff: MapDiff
    /// Old id to the ghost's DOT name and the column it is pinned to.
    private var ghosts: [String: (name: String, column: String)] = [:]
    /// Phase of every activity of the new version, by id.
    private let newPhases: [String: String]
    private let newRepositories: Set<String>
    /// False for a collapsed diagram, which has no phase columns to put ghosts in.
    private let hasPhaseColumns: Bool

    init(diff: MapDiff, editor: DOTGraphEditor) {
        hasPhaseColumns = editor.hasPhaseColumns
        self.diff = diff
        let map = diff.new.map
        let hasRemovals = diff.changes.contains { $0.change == .removed }
        var phases: [String: String] = [:]
        if hasRemovals {
            for activity in map.activities where map.framework.phases.indices.contains(activity.phase) {
                phases[activity.id] = map.framework.phases[activity.phase]
            }
        }
        newPhases = phases
        newRepositories = hasRemovals ? Set(map.repositories.map(\.id)) : []
    }

    /// Adds the ghost of a removed activity (pinned to its phase's column) or repository. Nothing
    /// is added to a collapsed diagram, which has no phase columns.
    mutating func addNode(_ change: StructuralChange, editor: inout DOTGraphEditor) {
        let isActivity = change.entity == .activity
        guard isActivity || change.entity == .repository else { return }
        let header = isActivity ? change.phase.flatMap { editor.nodeName("phase-\($0)") } : nil
        guard header != nil || (!isActivity && hasPhaseColumns) else { return }
        let name = "removed\(ghosts.count)"
        let kind = isActivity ? "act" : "repo"
        let detail = isActivity ? "removed · \(change.phase ?? "")" : "removed repository"
        var node = DOTNode(name, [
            .text("id", "removed-\(kind)-\(change.id)"),
            .text("shape", isActivity ? "box" : "cylinder"),
            .text("style", "rounded,dashed,filled"),
            .text("fillcolor", "#FFF5F2"),
            .text("color", DiffDiagram.removedColor),
            .text("fontcolor", DiffDiagram.removedColor),
        ])
        node.appendLabelRows([
            "<S>\(DOTText.htmlLabel(change.label))</S>",
            DiffDiagram.row(detail, color: DiffDiagram.removedColor),
        ])
        editor.addNode(node)
        if let header { editor.addToRankGroup(of: header, member: name) }
        ghosts[change.id] = (name, isActivity ? "phase:" + (change.phase ?? "") : "")
    }

    /// Adds a removed flow (old ids) between ghosts or nodes still drawn, when its ends are known
    /// to sit in different columns.
    func addRemovedFlow(from: String, to: String, label: String, editor: inout DOTGraphEditor) {
        guard let start = end(from, editor: editor), let finish = end(to, editor: editor),
              !start.column.isEmpty, !finish.column.isEmpty, start.column != finish.column,
              !(start.column == "repository" && finish.column == "repository")
        else { return }
        var attributes: [DOTAttribute] = [
            .text("id", "removed-flow-\(from).\(to)"),
            .text("style", "dashed"),
            .text("color", DiffDiagram.removedColor),
            .text("constraint", "false"),
        ]
        if !label.isEmpty { attributes += [.text("label", label), .text("fontcolor", DiffDiagram.removedColor)] }
        editor.addEdge(DOTEdge(from: start.name, to: finish.name, attributes))
    }

    /// The DOT name and column class of one end of a removed flow: its ghost, or the node of the
    /// new version it became (after a rename); the class is empty when the column is not known.
    private func end(_ oldID: String, editor: DOTGraphEditor) -> (name: String, column: String)? {
        if let ghost = ghosts[oldID] { return ghost }
        let id = diff.renames[oldID] ?? oldID
        if let phase = newPhases[id], let name = editor.nodeName("act-\(id)") { return (name, "phase:" + phase) }
        if newRepositories.contains(id), let name = editor.nodeName("repo-\(id)") { return (name, "repository") }
        return nil
    }
}
