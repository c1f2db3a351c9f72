import KMapLanguage
import KMapModel

/// no-broker: a sharing activity reaches another group, or outsiders, and none of its owners is
/// a broker. Sharing without owners is reported by unowned-activity instead.
public struct NoBrokerRule: FixedGapRule {
    public init() {}

    public static let description = RuleDescription(
        code: "KM006", slug: "no-broker", name: "No broker", defaultSeverity: .warning,
        summary: "A sharing activity reaches another group or outsiders, and none of its owners is a broker.",
        rationale: "Knowledge crosses a boundary best with someone trusted on both sides who can translate it for the context. Without a broker, what one group shares arrives as someone else's idea and is rarely acted on.",
        remedy: "Have a broker run the activity with its current owners: a coach or lead with relationships in the receiving group. Declare them with `broker`, give them an elevator pitch of the knowledge, and pair them with the audience through mentoring or a peer learning exchange.",
        techniques: ["elevator-pitch", "mentoring", "peer-learning-exchange"],
        triggeringExamples: [
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                stakeholder district "District office" external
                ↓sharing report "Annual report" by teachers for district
                """),
            RuleExample("""
                stakeholder teachers "Classroom teachers" group schools
                stakeholder nurses "School nurses" group health
                ↓sharing cafe "Knowledge cafe" {
                  by teachers
                  for teachers, nurses
                }
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(CommonExamples.healthy),
            RuleExample("""
                stakeholder teachers "Classroom teachers" group schools
                stakeholder principals "School leaders" group schools
                sharing cop "Community of practice" by teachers for principals
                """),
        ]
    )

    public func findings(in context: AnalysisContext) -> [Finding] {
        let map = context.map
        guard let sharing = context.roles.sharing else { return [] }
        return map.activities.indices.compactMap { index in
            guard map.activities[index].phase == sharing else { return nil }
            let activity = map.activities[index]
            let owners = activity.owners.filter { map.stakeholders.indices.contains($0) }
            guard !owners.isEmpty,
                  !owners.contains(where: { map.stakeholders[$0].isBroker }) else { return nil }
            let ownerGroups = Set(owners.map { map.stakeholders[$0].group })
            let outsiders = activity.audience.filter { member in
                map.stakeholders.indices.contains(member)
                    && (map.stakeholders[member].isExternal || !ownerGroups.contains(map.stakeholders[member].group))
            }
            guard !outsiders.isEmpty else { return nil }
            let names = outsiders.map { member in
                let stakeholder = map.stakeholders[member]
                return "'\(stakeholder.id)' (\(stakeholder.isExternal ? "external" : "group \(stakeholder.group)"))"
            }.joined(separator: ", ")
            return context.finding(
                Self.description, at: activity.idRange,
                "\(context.phaseName(sharing)) activity '\(activity.id)' reaches \(names), and none of its owners is a broker",
                subject: activity.id, nodes: [.activity(index)]
            )
        }
    }
}
