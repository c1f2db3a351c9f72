import KMapAnalysis
import KMapModel

/// absent-owner: a declared owner (`by`) of an activity took part in none of its occurrences.
public struct AbsentOwnerRule: EvidenceRule {
    public init() {}

    public static let examples = EvidenceExamples(
        triggering: [
            EvidenceExample("""
                stakeholder staff "Project staff"
                stakeholder leads "Team leads"
                ↓generation aar "After-action review" by staff, leads every month
                """, log: """
                date,activity,participants
                2026-01-12,aar,staff
                2026-02-10,aar,staff
                """),
        ],
        nonTriggering: [
            EvidenceExample(EvidenceExampleMaps.reviews, log: EvidenceExampleMaps.keptLog),
            // A log that names no participants says nothing about who took part.
            EvidenceExample("""
                stakeholder staff "Project staff"
                stakeholder leads "Team leads"
                generation aar "After-action review" by staff, leads every month
                """, log: """
                date,activity,participants
                2026-01-12,aar,
                """),
        ]
    )

    public static let description = RuleDescription(
        code: "KM018", slug: "absent-owner", name: "Absent owner", defaultSeverity: .warning,
        summary: "A declared owner of an activity took part in none of its occurrences.",
        rationale: "The owners on the map are who the system counts on to run an activity and carry its results on. An owner who never takes part is an owner on paper: the activity runs without the people meant to judge or use what it produces, or depends on someone the map does not name.",
        remedy: "Bring the owner in (a standing invitation, a rotating role such as facilitator or note-taker), or name on the map the stakeholders who really run the activity.",
        scope: "Applies to activities that happened in the period, when the log names participants at all; an occurrence without participants is not counted against anyone.",
        techniques: ["action-learning-set", "peer-assist"],
        examples: examples
    )

    public func findings(in context: EvidenceContext) -> [Finding] {
        context.map.activities.modelIndices.compactMap { activity in
            let occurrences = context.byActivity[activity.position].map { context[$0] }
            guard occurrences.contains(where: { !$0.participants.isEmpty }) else { return nil }
            let present = Set(occurrences.flatMap(\.participants))
            let absent = context.map.activities[activity].owners.filter { !present.contains($0) }
            guard !absent.isEmpty else { return nil }
            let names = ProseList.joined(absent.map { context.map.name(ofStakeholder: $0) })
            let verb = absent.count == 1 ? "an owner of" : "owners of"
            return context.finding(
                Self.description, activity: activity,
                "\(names), \(verb) \(context.name(of: activity)), took part in none of its \(occurrences.count) \(occurrences.count == 1 ? "occurrence" : "occurrences")"
            )
        }
    }
}
