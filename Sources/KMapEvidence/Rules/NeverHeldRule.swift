import KMapAnalysis
import KMapModel

/// never-held: an existing activity of the map has no occurrence in the period.
public struct NeverHeldRule: EvidenceRule {
    public init() {}

    public static let examples = EvidenceExamples(
        triggering: [
            EvidenceExample("""
                stakeholder staff "Project staff"
                generation aar "After-action review" by staff every month
                ↓sharing cop "Community of practice" by staff every quarter
                aar -> cop
                """, log: """
                date,activity,participants
                2026-01-12,aar,staff
                2026-02-10,aar,staff
                """),
        ],
        nonTriggering: [
            EvidenceExample(EvidenceExampleMaps.reviews, log: EvidenceExampleMaps.keptLog),
            // A planned activity is not expected to have happened yet.
            EvidenceExample("""
                stakeholder staff "Project staff"
                generation aar "After-action review" by staff every month
                sharing cop "Community of practice" by staff every quarter status planned
                aar -> cop
                """, log: """
                date,activity,participants
                2026-01-12,aar,staff
                """),
        ]
    )

    public static let description = RuleDescription(
        code: "KM016", slug: "never-held", name: "Never held", defaultSeverity: .warning,
        summary: "An existing activity of the map has no occurrence in the evidence log for the period.",
        rationale: "A map says what the knowledge system is meant to be. An activity that never happened is true only on paper: the knowledge it was to generate, judge, capture, share or apply did not move, and every wave through it is broken in practice however complete it looks on the map.",
        remedy: "Hold the activity, or say what the map should say: mark it `status planned` until it starts, or take it out. If it happened and was not logged, add its occurrences to the evidence log.",
        scope: "Applies to existing activities; planned ones are not expected to have happened.",
        techniques: ["retrospect", "learning-agenda"],
        examples: examples
    )

    public func findings(in context: EvidenceContext) -> [Finding] {
        context.map.activities.modelIndices.compactMap { activity in
            guard context.map.activities[activity].status == .existing, context.byActivity[activity.position].isEmpty else { return nil }
            return context.finding(Self.description, activity: activity,
                                   "\(context.name(of: activity)) has no occurrence in the evidence log from \(context.period.description)")
        }
    }
}
