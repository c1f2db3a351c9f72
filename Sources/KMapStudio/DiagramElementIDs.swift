import KMapModel

/// The ids the diagram gives its SVG elements (see docs/RENDERING.md, "Stable ids"), as the
/// studio's page uses them to light up nodes. The only place the studio knows how they are spelt.
enum DiagramElementIDs {
    /// The element of an activity or a repository: `act-<id>`, `repo-<id>`.
    static func node(_ ref: NodeRef, in map: KMap) -> String {
        switch ref {
        case .activity: "act-\(map.id(of: ref))"
        case .repository: "repo-\(map.id(of: ref))"
        }
    }

    /// The box of a wave: `wave-<id>`.
    static func wave(_ id: String) -> String { "wave-\(id)" }

    /// The mark of a missing phase of a wave: `gap-<wave>.<phase>`.
    static func gap(wave: String, phase: String) -> String { "gap-\(wave).\(phase)" }

    /// The node of a stakeholder in the stakeholders view: `stakeholder-<id>`.
    static func stakeholder(_ id: String) -> String { "stakeholder-\(id)" }
}
