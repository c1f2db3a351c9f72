import KMapLanguage
import KMapModel

/// unowned-activity: an activity names no owner (`by`). Unowned application (the last phase) is an
/// error unless the rule's severity is configured.
public struct UnownedActivityRule: FixedGapRule {
    public init() {}

    public static let description = RuleDescription(
        code: "KM010", slug: "unowned-activity", name: "Unowned activity", defaultSeverity: .warning,
        summary: "An activity names no owner; unowned application is an error.",
        rationale: "An activity nobody is named to run happens by chance, if at all. For application it is worse: sharing happens, but nobody has been asked to act, and there is no owner to provide time and resources.",
        remedy: "Name who runs it with `by`. For application, name who acts, who provides the resources and whose buy-in is needed, and agree it in a before-action review.",
        techniques: ["before-action-review", "action-learning-set"],
        triggeringExamples: [
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers
                ↓consolidation huddle "Data huddle"
                ↓application adopt "Adopt the routine"
                pdsa -> huddle
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(CommonExamples.healthy),
        ]
    )

    public func findings(in context: AnalysisContext) -> [Finding] {
        let map = context.map
        return map.activities.modelIndices.compactMap { index in
            guard map.activities[index].owners.isEmpty else { return nil }
            let activity = map.activities[index]
            let isApplication = activity.serves(context.roles.application)
            var finding = context.finding(
                Self.description, at: activity.idRange,
                "activity \(context.map.name(of: .activity(index))) (\(context.phaseName(activity.phase))) has no owner: nobody is named to \(isApplication ? "act" : "run it")",
                subject: .node(.activity(index)), nodes: [.activity(index)]
            )
            if isApplication { finding.severity = .error }
            return finding
        }
    }
}
