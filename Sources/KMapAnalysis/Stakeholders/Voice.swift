import KMapModel

/// Whose voice a map must show being heard, and what counts as being heard.
///
/// Accountability to affected people means communities, clients, students or families are
/// asked, not only told; a donor, a ministry or a board that only receives reports is ordinary
/// upward accountability. The map says so with `heard` or `informed`. Without either, a body whose
/// id, label or group names an oversight or funding body (a ministry, a donor, a board) is
/// informed; other people inside the organization must be heard; and an external stakeholder must
/// be heard when its id or label names people the organization serves.
public enum Voice {
    /// Words in an external stakeholder's id or label that name people the organization serves.
    static let servedPeople = [
        "communit", "beneficiar", "client", "customer", "patient", "student", "learner", "famil", "parent",
        "resident", "citizen", "farmer", "household", "caregiver", "youth", "refugee", "survivor", "user",
        "participant", "people", "women", "children", "villager", "member",
    ]

    /// How the words begin that name a body overseeing or funding the work, which receives reports
    /// by design: matched at the start of a word of the id, the label or the group, so that
    /// "Ministry of Health" and "Board of trustees" match and "dashboard" does not.
    static let oversightBodies = [
        "ministr", "donor", "funder", "board", "trustee", "regulator", "parliament", "governor",
    ]

    /// The catalog techniques that ask the people they are run for: a survey's respondents, a focus
    /// group's or a scorecard's participants, the callers of a feedback hotline.
    static let askingTechniques: Set<String> = [
        "survey", "focus-group-discussion", "key-informant-interview", "feedback-mechanism", "community-scorecard",
        "most-significant-change", "outcome-harvesting", "evaluation", "site-visit",
    ]

    /// Whether an activity of `phase` run with `technique` asks its audience: it is a generation
    /// activity (a poll, a monitoring visit), or it is run with a technique that asks people, in
    /// whatever phase a framework puts it (exit interviews in a PDSA cycle's "do").
    static func asksItsAudience(phase: Int, technique written: String?) -> Bool {
        if phase == 0 { return true }
        guard let written, let technique = TechniqueCatalog.technique(slug: written) else { return false }
        return askingTechniques.contains(technique.slug)
    }

    /// Whether `stakeholder` of `map` must be heard: its declared `heard` / `informed`, or the default.
    public static func mustBeHeard(_ stakeholder: Stakeholder, in map: KMap) -> Bool {
        if let declared = stakeholder.declaredVoice { return declared == .heard }
        if namesOversightBody(stakeholder, in: map) { return false }
        guard stakeholder.isExternal else { return true }
        return namesServedPeople(stakeholder)
    }

    /// True when the id or label names people the organization serves.
    static func namesServedPeople(_ stakeholder: Stakeholder) -> Bool {
        let text = (stakeholder.id + " " + stakeholder.label).lowercased()
        return servedPeople.contains { text.contains($0) }
    }

    /// True when a word of the id, the label, the group or the group's label begins like an
    /// oversight or funding body.
    static func namesOversightBody(_ stakeholder: Stakeholder, in map: KMap) -> Bool {
        let fields = [stakeholder.id, stakeholder.label, stakeholder.group, map.groupLabels[stakeholder.group] ?? ""]
        if fields.allSatisfy({ $0.utf8.allSatisfy { $0 < 0x80 } }) {
            // ASCII: each field read in place as bytes, no text joined, lowercased or split.
            return fields.contains(where: hasOversightWord)
        }
        let text = fields.joined(separator: " ").lowercased()
        let words = text.split { !$0.isLetter }
        return words.contains { word in oversightBodies.contains { word.hasPrefix($0) } }
    }

    /// Whether a word of ASCII `text` (a run of letters, in any case) begins like an oversight
    /// body: the words of ``namesOversightBody(_:in:)`` without building them.
    private static func hasOversightWord(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        var start = 0
        while start < bytes.count {
            guard isLetter(bytes[start]) else {
                start += 1
                continue
            }
            var end = start
            while end < bytes.count, isLetter(bytes[end]) { end += 1 }
            let word = bytes[start..<end]
            if oversightBodies.contains(where: { body in word.count >= body.utf8.count && zip(body.utf8, word).allSatisfy { $0 == $1 | 0x20 } }) {
                return true
            }
            start = end
        }
        return false
    }

    /// The phases where running an activity gives a stakeholder a voice: where knowledge is
    /// generated, judged (consolidated) or acted on. Capture and sharing package and tell.
    public static func voicePhases(_ roles: PhaseRoles, phaseCount: Int) -> Set<Int> {
        Set(0..<phaseCount).subtracting([roles.capture, roles.sharing].compactMap { $0 })
    }
}
