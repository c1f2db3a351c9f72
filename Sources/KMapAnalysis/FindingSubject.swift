import KMapModel

/// What a finding is about, as a value every later stage can use without parsing a string: the
/// diagram marks the node or flow, the stakeholder view the stakeholder, the diff matches findings
/// across versions by the ``key(in:)`` derived from it.
public enum FindingSubject: Hashable, Sendable {
    /// The map as a whole (no standard of success, for one).
    case map
    /// An activity or a repository.
    case node(NodeRef)
    /// A flow step from one node to another.
    case flow(from: NodeRef, to: NodeRef)
    /// A wave, by its id.
    case wave(String)
    /// A stakeholder.
    case stakeholder(StakeholderIndex)

    /// The stable key for matching the same finding in two versions of a map and for the
    /// machine-readable outputs: `map`, a node, wave or stakeholder id, or `from->to` for a
    /// flow. Ids are what a map's author writes, so the key survives reordering the file.
    public func key(in map: KMap) -> String {
        switch self {
        case .map: "map"
        case .node(let ref): map.id(of: ref)
        case .flow(let from, let to): Self.flowKey(from: map.id(of: from), to: map.id(of: to))
        case .wave(let id): id
        case .stakeholder(let index): map[index].id
        }
    }

    /// The key of a flow between two node ids: `from->to`.
    public static func flowKey(from: String, to: String) -> String { "\(from)->\(to)" }

    /// The stakeholder this finding is about, if it is about one.
    public var stakeholder: StakeholderIndex? {
        if case .stakeholder(let index) = self { index } else { nil }
    }
}
