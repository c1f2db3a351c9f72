import KMapModel

/// Whose voice a map must show being heard, and what counts as being heard.
///
/// Accountability to affected people means communities, clients, students or families are
/// asked, not only told; a donor or a ministry that only receives reports is ordinary upward
/// accountability. The map says so with `heard` or `informed`; without either, people inside the
/// organization must be heard, and an external stakeholder must be heard when its id or label
/// names people the organization serves.
public enum Voice {
    /// Words in an external stakeholder's id or label that name people the organization serves.
    static let servedPeople = [
        "communit", "beneficiar", "client", "customer", "patient", "student", "learner", "famil", "parent",
        "resident", "citizen", "farmer", "household", "caregiver", "youth", "refugee", "survivor", "user",
        "participant", "people", "women", "children", "villager", "member",
    ]

    /// Whether `stakeholder` must be heard: its declared `heard` / `informed`, or the default.
    public static func mustBeHeard(_ stakeholder: Stakeholder) -> Bool {
        if let declared = stakeholder.declaredVoice { return declared == .heard }
        guard stakeholder.isExternal else { return true }
        return namesServedPeople(stakeholder)
    }

    /// True when the id or label names people the organization serves.
    static func namesServedPeople(_ stakeholder: Stakeholder) -> Bool {
        let text = (stakeholder.id + " " + stakeholder.label).lowercased()
        return servedPeople.contains { text.contains($0) }
    }

    /// The phases where running an activity gives a stakeholder a voice: where knowledge is
    /// generated, judged (consolidated) or acted on. Capture and sharing package and tell.
    public static func voicePhases(_ roles: PhaseRoles, phaseCount: Int) -> Set<Int> {
        Set(0..<phaseCount).subtracting([roles.capture, roles.sharing].compactMap { $0 })
    }
}
