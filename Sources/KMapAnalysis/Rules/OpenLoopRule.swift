import KMapLanguage
import KMapModel

/// open-loop: an application activity that a wave reaches feeds no new generation.
///
/// Each application activity is judged on its own: another application of the same wave that
/// loops back does not excuse it. An application no wave reaches is reported by
/// unreached-activity, and a wave that never reaches application by missing-application.
public struct OpenLoopRule: FixedGapRule {
    public init() {}

    public static let description = RuleDescription(
        code: "KM001", slug: "open-loop", name: "Open loop", defaultSeverity: .warning,
        summary: "An application activity never feeds new generation.",
        rationale: "Every application is also new generation: acting on knowledge produces results worth studying. When what happens in application never flows back, the organization stops learning from its own practice and the cycle runs once.",
        remedy: "Close the loop with a flow from the application activity back to a generation activity: run after-action reviews or retrospects on the adoption, evaluate it, or set up a feedback loop to design.",
        scope: "Every application activity that a wave reaches, each on its own: \"adopt the routine\" needs its own follow-up even when another application of the same wave is monitored. Applications no wave reaches are left to unreached-activity.",
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
            // One application of the wave loops back; the other is never checked.
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers
                consolidation huddle "Data huddle" by teachers
                capture brief "Change brief" by teachers for teachers
                sharing cop "Community of practice" by teachers for teachers
                application plan "Plan next cycle" by teachers
                ↓application adopt "Adopt the routine" by teachers
                pdsa -> huddle -> brief -> cop -> plan, adopt
                plan -> pdsa
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
        let map = context.map
        let last = map.framework.lastPhase
        var wavesEndingAt: [ActivityIndex: [String]] = [:]
        for wave in context.waves { wavesEndingAt[wave.lastActivity, default: []].append(wave.label) }
        return map.activities.modelIndices.compactMap { index in
            let activity = map.activities[index]
            let node = map.nodeIndex(.activity(index))
            guard activity.lastPhase == last, context.facts.fedByGeneration[node],
                  !context.facts.reachesGeneration[node] else { return nil }
            let waves = wavesEndingAt[index] ?? []
            var notes: [DiagnosticNote] = []
            if !waves.isEmpty {
                notes.append(DiagnosticNote("where \(waves.count == 1 ? "wave" : "waves") \(waves.map { "'\($0)'" }.joined(separator: ", ")) \(waves.count == 1 ? "ends" : "end")"))
            }
            return context.finding(
                Self.description, at: activity.idRange,
                "\(map.name(of: .activity(index))) applies knowledge, but nothing flows from it back into \(context.phaseName(0))",
                subject: .node(.activity(index)), nodes: [.activity(index)], notes: notes
            )
        }
    }
}
