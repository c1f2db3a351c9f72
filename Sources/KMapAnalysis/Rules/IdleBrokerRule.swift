import KMapLanguage
import KMapModel

/// idle-broker: a stakeholder declared `broker` takes part in no sharing activity, as owner or
/// audience.
public struct IdleBrokerRule: FixedGapRule {
    public init() {}

    public static let description = RuleDescription(
        code: "KM008", slug: "idle-broker", name: "Idle broker", defaultSeverity: .info,
        summary: "A declared broker takes part in no sharing activity.",
        rationale: "Brokers are valuable because they carry knowledge across boundaries. A broker the map gives no sharing role is either missing from the map's sharing or an unused asset of the KM system.",
        remedy: "Give the broker a sharing role: have them run or co-run a community of practice or a knowledge cafe across the groups that trust them, with an elevator pitch of what each group has learned.",
        techniques: ["community-of-practice", "knowledge-cafe", "elevator-pitch"],
        triggeringExamples: [
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                ↓stakeholder coaches "Instructional coaches" broker
                generation visits "Classroom visits" by coaches
                sharing cop "Community of practice" by teachers for teachers
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(CommonExamples.healthy),
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                stakeholder coaches "Instructional coaches" broker
                sharing cop "Community of practice" by teachers for teachers, coaches
                """),
        ]
    )

    public func findings(in context: AnalysisContext) -> [Finding] {
        let map = context.map
        guard let sharing = context.roles.sharing else { return [] }
        var sharesKnowledge = Array(repeating: false, count: map.stakeholders.count)
        for index in map.activities.modelIndices where map.activities[index].phase == sharing {
            for owner in map.activities[index].owners { sharesKnowledge[owner.position] = true }
            for member in map.activities[index].audience { sharesKnowledge[member.position] = true }
        }
        return map.stakeholders.modelIndices.compactMap { index in
            let stakeholder = map[index]
            guard stakeholder.isBroker, !sharesKnowledge[index.position] else { return nil }
            return context.finding(
                Self.description, at: stakeholder.idRange,
                "\(map.name(ofStakeholder: index)) is declared a broker but takes part in no \(context.phaseName(sharing)) activity",
                subject: .stakeholder(index)
            )
        }
    }
}
