import KMapModel

/// Something a diagram draws, named by what it shows rather than by how the picture spells it.
///
/// The builders name every node, edge and box they draw with one of these and return them with
/// the graph (``Diagram/elements``); later stages (the diff picture, the report, the studio) find
/// and decorate what was drawn through them. ``id`` is the one place the `id` attributes of DOT and
/// SVG are spelt (docs/RENDERING.md, "Stable ids").
public enum DiagramElement: Hashable, Sendable {
    /// Which picture a graph is.
    public enum Picture: Hashable, Sendable {
        case waves, collapsedWaves, stakeholders
    }

    /// A whole picture (the graph itself).
    case picture(Picture)
    /// An activity, by its id.
    case activity(String)
    /// A repository, by its id.
    case repository(String)
    /// The `occurrence`-th flow written between two nodes (by their ids), counted from 1 in the
    /// order the map declares them.
    case flow(from: String, to: String, occurrence: Int)
    /// A wave's row in the waves view, or its node in the collapsed view.
    case wave(String)
    /// The flows of the collapsed view added up between two of its nodes (a wave or a
    /// repository each), drawn as one edge.
    indirect case flows(from: DiagramElement, to: DiagramElement)
    /// The row of the activities no wave reaches.
    case activitiesInNoWave
    /// The "missing" box of a phase a wave never reaches (wave id, phase name).
    case gap(wave: String, phase: String)
    /// The header of a phase's column.
    case phase(String)
    /// An invisible point that holds a column of the waves view (by column number).
    case column(Int)
    /// The invisible edge chaining column `n - 1` to column `n`.
    case columnStep(Int)
    /// A stakeholder in the stakeholders view.
    case stakeholder(String)
    /// A group's box in the stakeholders view.
    case group(String)
    /// The link between two stakeholders (by their ids).
    case link(from: String, to: String)
    /// The ghost of something the picture no longer has (a removed activity, repository or flow).
    indirect case removed(DiagramElement)

    /// The element's `id` attribute: `act-pdsa`, `flow-a.b`, `flow-a.b.2`, `removed-act-memo`.
    public var id: String {
        switch self {
        case .picture(.waves): "kmap-waves"
        case .picture(.collapsedWaves): "kmap-waves-collapsed"
        case .picture(.stakeholders): "kmap-stakeholders"
        case .activity(let id): "act-\(id)"
        case .repository(let id): "repo-\(id)"
        case .flow(let from, let to, let occurrence): occurrence > 1 ? "flow-\(from).\(to).\(occurrence)" : "flow-\(from).\(to)"
        case .wave(let id): "wave-\(id)"
        case .flows(let from, let to): "flows-\(from.id).\(to.id)"
        case .activitiesInNoWave: "wave-unassigned"
        case .gap(let wave, let phase): "gap-\(wave).\(phase)"
        case .phase(let name): "phase-\(name)"
        case .column(let column): "column-\(column)"
        case .columnStep(let column): "column-step-\(column)"
        case .stakeholder(let id): "stakeholder-\(id)"
        case .group(let id): "group-\(id)"
        case .link(let from, let to): "link-\(from).\(to)"
        case .removed(let element): "removed-" + element.id
        }
    }

    /// Every flow `map` writes, in drawing order, with its element: the graph's flows (one per pair
    /// of nodes), then the ones that repeat a pair, numbered from 2 in source order. A comparison
    /// of two versions names flows through this too, so both name the second `a -> b` alike.
    public static func flows(of map: KMap) -> [(flow: Flow, element: DiagramElement)] {
        guard !map.repeatedFlows.isEmpty else {
            return map.flows.map { ($0, .flow(from: map.id(of: $0.from), to: map.id(of: $0.to), occurrence: 1)) }
        }
        var occurrences: [[String]: Int] = [:]
        return (map.flows + map.repeatedFlows).map { flow in
            let ends = [map.id(of: flow.from), map.id(of: flow.to)]
            let occurrence = occurrences[ends, default: 0] + 1
            occurrences[ends] = occurrence
            return (flow, .flow(from: ends[0], to: ends[1], occurrence: occurrence))
        }
    }

    /// The element of an activity or a repository of `map`.
    public static func node(_ ref: NodeRef, in map: KMap) -> DiagramElement {
        switch ref {
        case .activity(let index): .activity(map[index].id)
        case .repository(let index): .repository(map[index].id)
        }
    }
}
