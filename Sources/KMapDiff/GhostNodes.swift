import KMapModel
import KMapRender
import KMapText

/// Draws what the new version no longer has: removed activities and repositories as red dashed
/// "ghost" nodes, removed flows as red dashed arrows, through the diagram's decorations.
///
/// A ghost activity is pinned to the column of its phase. A removed flow is drawn only when its
/// ends are known to sit in different columns (activities of different phases, or an activity and
/// a repository), so the picture never gets a flow inside one column, which Graphviz 2.42 may
/// fail to route. The render stage drops a ghost it has no column for (a collapsed diagram has
/// none) and a removed flow whose ends it does not draw.
struct GhostNodes {
    /// Which column of the waves view a node sits in, as far as the diff knows it.
    private enum Column: Equatable {
        case phase(String)
        case repositories
        /// Not known (a ghost repository goes wherever the layout puts it).
        case unknown
    }

    private let diff: MapDiff
    /// Old id to the ghost's element and the column it is pinned to.
    private var ghosts: [String: (element: DiagramElement, column: Column)] = [:]
    /// Phase of every activity of the new version, by id.
    private let newPhases: [String: String]
    private let newRepositories: Set<String>

    init(diff: MapDiff) {
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

    /// Adds the ghost of a removed activity, repository or flow.
    mutating func add(_ removal: StructuralChange, to decorations: inout DiagramDecorations) {
        guard let element = removal.element else { return }
        switch removal.entity {
        case .activity, .repository: addNode(removal, element, to: &decorations)
        case .flow: addFlow(removal, element, to: &decorations)
        default: break
        }
    }

    /// The ghost of a removed activity (pinned to its phase's column) or repository.
    private mutating func addNode(_ removal: StructuralChange, _ element: DiagramElement, to decorations: inout DiagramDecorations) {
        let isActivity = removal.entity == .activity
        let placement: DiagramDecorations.Placement
        if isActivity {
            guard let phase = removal.phase else { return }
            placement = .phase(phase)
        } else {
            placement = .withPhaseColumns
        }
        let ghost = DiagramElement.removed(element)
        let detail = isActivity ? "removed · \(removal.phase ?? "")" : "removed repository"
        decorations.ghostNodes.append(.init(
            ghost, placement: placement,
            attributes: [
                .text("shape", isActivity ? "box" : "cylinder"),
                .text("style", "rounded,dashed,filled"),
                .text("fillcolor", "#FFF5F2"),
                .text("color", DiffDiagram.removedColor),
                .text("fontcolor", DiffDiagram.removedColor),
            ],
            labelRows: [
                HTMLLabel(trustedMarkup: "<S>\(DOTText.htmlLabel(removal.label))</S>"),
                DiffDiagram.row(detail, color: DiffDiagram.removedColor),
            ]))
        ghosts[removal.id] = (ghost, isActivity ? .phase(removal.phase ?? "") : .unknown)
    }

    /// A removed flow (old ids) between ghosts or nodes still drawn, when its ends are known to
    /// sit in different columns.
    private func addFlow(_ removal: StructuralChange, _ element: DiagramElement, to decorations: inout DiagramDecorations) {
        guard case .flow(let from, let to, _) = element,
              let start = end(from), let finish = end(to),
              start.column != .unknown, finish.column != .unknown, start.column != finish.column
        else { return }
        var attributes: [DOTAttribute] = [
            .text("style", "dashed"),
            .text("color", DiffDiagram.removedColor),
            .text("constraint", "false"),
        ]
        if !removal.label.isEmpty {
            attributes += [.text("label", removal.label), .text("fontcolor", DiffDiagram.removedColor)]
        }
        decorations.ghostEdges.append(.init(.removed(element), from: start.element, to: finish.element, attributes: attributes))
    }

    /// The element and column of one end of a removed flow: its ghost, or the node of the new
    /// version it became (after a rename).
    private func end(_ oldID: String) -> (element: DiagramElement, column: Column)? {
        if let ghost = ghosts[oldID] { return ghost }
        let id = diff.renames[oldID] ?? oldID
        if let phase = newPhases[id] { return (.activity(id), .phase(phase)) }
        if newRepositories.contains(id) { return (.repository(id), .repositories) }
        return nil
    }
}
