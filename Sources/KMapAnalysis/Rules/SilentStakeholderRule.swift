import KMapLanguage
import KMapModel

/// silent-stakeholder: a stakeholder of the organization is the audience of activities but runs
/// none. External stakeholders are not expected to generate the organization's knowledge.
public struct SilentStakeholderRule: FixedGapRule {
    public init() {}

    public static let description = RuleDescription(
        code: "KM009", slug: "silent-stakeholder", name: "Silent stakeholder", defaultSeverity: .warning,
        summary: "A stakeholder is only ever an audience and never generates or judges knowledge.",
        rationale: "Knowledge is democratic: the people closest to the work generate and judge it, not only experts and managers. A group that only receives is told what to do, is seldom asked what it learned, and is less likely to act.",
        remedy: "Give the stakeholder a part in generating or consolidating knowledge: an action learning set, peer assist before they start something new, site visits to their work, or randomised coffee trials that connect them with other groups.",
        techniques: ["action-learning-set", "peer-assist", "site-visit", "randomised-coffee-trials"],
        triggeringExamples: [
            RuleExample("""
                stakeholder coaches "Instructional coaches"
                ↓stakeholder teachers "Classroom teachers"
                capture brief "Change brief" by coaches for teachers
                sharing cop "Community of practice" by coaches for teachers
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(CommonExamples.healthy),
            RuleExample("""
                stakeholder coaches "Instructional coaches"
                stakeholder funder "Foundation" external
                capture report "Annual report" by coaches for funder
                """),
        ]
    )

    public func findings(in context: AnalysisContext) -> [Finding] {
        let map = context.map
        var owns = Array(repeating: false, count: map.stakeholders.count)
        var hears = Array(repeating: 0, count: map.stakeholders.count)
        for index in map.activities.indices {
            for owner in map.activities[index].owners where owns.indices.contains(owner) { owns[owner] = true }
            for member in map.activities[index].audience where hears.indices.contains(member) { hears[member] += 1 }
        }
        return map.stakeholders.indices.compactMap { index in
            let stakeholder = map.stakeholders[index]
            guard !stakeholder.isExternal, hears[index] > 0, !owns[index] else { return nil }
            let count = hears[index] == 1 ? "1 activity" : "\(hears[index]) activities"
            return context.finding(
                Self.description, at: stakeholder.idRange,
                "'\(stakeholder.id)' is the audience of \(count) but runs none: it only ever receives knowledge",
                subject: stakeholder.id
            )
        }
    }
}
