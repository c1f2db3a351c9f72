import KMapLanguage
import KMapModel

/// open-loop: a wave applies its knowledge but nothing flows back into new generation.
///
/// A wave that never reaches application is reported by missing-application only.
public struct OpenLoopRule: FixedGapRule {
    public init() {}

    public static let description = RuleDescription(
        code: "KM001", slug: "open-loop", name: "Open loop", defaultSeverity: .warning,
        summary: "A wave's application never feeds new generation.",
        rationale: "Every application is also new generation: acting on knowledge produces results worth studying. When what happens in application never flows back, the organization stops learning from its own practice and the cycle runs once.",
        remedy: "Close the loop with a flow from the application activity back to a generation activity: run after-action reviews or retrospects on the adoption, evaluate it, or set up a feedback loop to design.",
        techniques: ["after-action-review", "retrospect", "evaluation", "feedback-loop"],
        triggeringExamples: [
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers
                consolidation huddle "Data huddle" by teachers
                capture brief "Change brief" by teachers for teachers
                sharing cop "Community of practice" by teachers for teachers
                ↓application adopt "Adopt the routine" by teachers
                pdsa -> huddle -> brief -> cop -> adopt
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(CommonExamples.healthy),
            // Without application, missing-application is the finding.
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers
                consolidation huddle "Data huddle" by teachers
                pdsa -> huddle
                """),
        ]
    )

    public func findings(in context: AnalysisContext) -> [Finding] {
        let last = context.map.framework.lastPhase
        let open = context.waves.indices.filter { context.waves[$0].reached[last] && !context.waves[$0].isClosed }
        return context.groupWaves(open.map { ($0, context.waves[$0].lastActivity) }).map { group in
            let wave = context.waves[group.waves[0]]
            let activity = context.map.activities[group.anchor]
            return context.finding(
                Self.description, at: activity.idRange,
                "wave '\(wave.id)' is applied in '\(activity.id)', but nothing flows back into \(context.phaseName(0))",
                subject: wave.id, wave: wave.id, nodes: [.activity(group.anchor)],
                notes: context.sharedNote(group.waves.dropFirst()).map { [$0] } ?? []
            )
        }
    }
}
