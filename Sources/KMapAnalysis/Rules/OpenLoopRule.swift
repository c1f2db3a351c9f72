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
        scope: "Every application activity that a wave reaches, each on its own: \"adopt the routine\" needs its own follow-up even when another application of the same wave is monitored. Applications no wave reaches are left to unreached-activity; an application nobody owns to unowned-activity (until someone acts, nothing can loop); a planned application of a wave complete only on paper to complete-only-on-paper, whose finding notes the missing loop. A loop closes back into generation, or into a study of the application's results that passes what it learned on: a flow (directly or through a repository) into an activity of the second phase, or one run with a technique that generates knowledge (`after-action-review`, `retrospect`, `evaluation`), wherever the map places it.",
        techniques: ["after-action-review", "retrospect", "evaluation", "feedback-loop"],
        triggeringExamples: [
            RuleExample("""
                \(CommonExamples.teachersUpToSharing)
                ↓application adopt "Adopt the routine" by teachers
                pdsa -> huddle -> brief -> cop -> adopt
                """),
            // One application of the wave loops back; the other is never checked.
            RuleExample("""
                \(CommonExamples.teachersUpToSharing)
                application plan "Plan next cycle" by teachers
                ↓application adopt "Adopt the routine" by teachers
                pdsa -> huddle -> brief -> cop -> plan, adopt
                plan -> pdsa
                """),
        ],
        nonTriggeringExamples: [
            // The quarterly after-action review of the play feeds the next playbook: the results
            // of application are studied, in consolidation.
            RuleExample("""
                stakeholder reps "Account executives"
                stakeholder enablement "Enablement team"
                generation calls "Win-loss interviews" by enablement
                consolidation review "Win-loss review" by enablement, reps
                capture playbook "Renewal playbook" by enablement for reps
                sharing training "Playbook training" by enablement for reps
                application use "Reps run the renewal play" by reps action act
                consolidation aar "After-action review of the play" by reps, enablement technique after-action-review
                calls -> review -> playbook -> training -> use -> aar -> playbook
                """),
            RuleExample(CommonExamples.healthy),
            // Nobody owns the application: unowned-activity is the finding.
            RuleExample("""
                \(CommonExamples.teachersUpToSharing)
                application plan "Plan next cycle" by teachers
                application stock "Suppliers stock the materials" action resource
                pdsa -> huddle -> brief -> cop -> plan, stock
                plan -> pdsa
                """),
            // The application is only planned: complete-only-on-paper is the finding, with a note.
            RuleExample("""
                \(CommonExamples.teachersUpToSharing)
                application adopt "Adopt the routine" by teachers status planned
                pdsa -> huddle -> brief -> cop -> adopt
                """),
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
        let waves = context.waves
        for index in waves.indices { wavesEndingAt[waves[index].lastActivity, default: []].append(waves[index].label) }
        // A planned application of a wave complete only on paper is complete-only-on-paper's: the
        // plan is the break, and its missing loop is a note there.
        // An application nobody owns is unowned-activity's: until someone acts, nothing can loop.
        let reportsUnowned = context.isEnabled(UnownedActivityRule.description.slug)
        let onlyOnPaper = context.isEnabled(CompleteOnlyOnPaperRule.description.slug)
            ? CompleteOnlyOnPaperRule.plannedApplications(in: context) : []
        return map.activities.modelIndices.compactMap { index in
            guard map.activities[index].lastPhase == last else { return nil } // before copying the activity
            let activity = map.activities[index]
            let node = map.nodeIndex(.activity(index))
            guard activity.lastPhase == last, context.facts.fedByGeneration[node],
                  !context.facts.loopsBack[node], !onlyOnPaper.contains(index),
                  !(activity.owners.isEmpty && reportsUnowned) else { return nil }
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
