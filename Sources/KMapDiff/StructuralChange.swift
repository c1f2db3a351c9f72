import KMapRender

/// The kinds of things a map declares, as the comparison names them; reports list them in the
/// order of the cases.
public enum EntityKind: String, Hashable, Sendable, CaseIterable {
    case activity, repository, stakeholder, wave, flow
    /// The map header: title, goal, standards and phases.
    case map

    /// The plural used in headings: "activities", "flows".
    public var plural: String {
        switch self {
        case .activity: "activities"
        case .repository: "repositories"
        case .map: "map header"
        default: rawValue + "s"
        }
    }
}

/// What happened to one entity between two versions; reports list them in the order of the cases.
public enum ChangeKind: String, Hashable, Sendable, CaseIterable {
    case added, removed, renamed, changed

    /// The one-character sign reports put in front of the entity.
    public var sign: String {
        switch self {
        case .added: "+"
        case .removed: "-"
        case .renamed: ">"
        case .changed: "~"
        }
    }
}

/// One attribute whose value differs: `status planned -> existing`. Values are written as the
/// language writes them; lists are joined by ", " and an absent value is `none`.
public struct AttributeChange: Hashable, Sendable {
    public var name: String
    public var old: String
    public var new: String

    public init(name: String, old: String, new: String) {
        self.name = name
        self.old = old
        self.new = new
    }

    /// `status planned -> existing`.
    public var line: String { "\(name) \(old) -> \(new)" }
}

/// One structural difference between two versions of a map, matched by id.
///
/// Old ids are translated through renames before anything is compared, so an activity whose
/// owner was renamed is not reported as changed, and a flow between renamed nodes is the same flow.
public struct StructuralChange: Hashable, Sendable {
    public var change: ChangeKind
    public var entity: EntityKind
    /// The id in the new version; the old id for a removal. Flows are `from -> to`.
    public var id: String
    /// The id in the old version, for a rename.
    public var previousID: String?
    /// The label (the new one when both exist); a flow's label, or empty.
    public var label: String
    /// The phase of an activity (in the version it is taken from).
    public var phase: String?
    /// The attributes that differ, for `changed` and `renamed`, in declaration order.
    public var attributes: [AttributeChange]
    /// What draws it in the waves diagram of the version it is taken from (the old one for a
    /// removal): an activity, a repository or a flow (which of the flows between its two nodes);
    /// nil for what the diagram has no element of.
    public var element: DiagramElement?

    public init(
        change: ChangeKind, entity: EntityKind, id: String, previousID: String? = nil, label: String,
        phase: String? = nil, attributes: [AttributeChange] = [], element: DiagramElement? = nil
    ) {
        self.change = change
        self.entity = entity
        self.id = id
        self.previousID = previousID
        self.label = label
        self.phase = phase
        self.attributes = attributes
        self.element = element
    }
}
