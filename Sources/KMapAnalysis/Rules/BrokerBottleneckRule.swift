import KMapLanguage
import KMapModel

/// broker-bottleneck: one stakeholder carries the only route of knowledge into a group (it owns,
/// alone, every sharing activity that reaches the group from outside), or alone runs more than
/// half of all sharing activities (when there are three or more). One finding per stakeholder.
public struct BrokerBottleneckRule: FixedGapRule {
    public init() {}

    public static let description = RuleDescription(
        code: "KM007", slug: "broker-bottleneck", name: "Broker bottleneck", defaultSeverity: .warning,
        summary: "One stakeholder alone carries the only route of knowledge into a group, or most of all sharing.",
        rationale: "When spreading depends on one or two people it stalls whenever they are busy, and it leaves with them. Removing the bottleneck stakeholder would cut a group off from what the rest of the organization learns.",
        remedy: "Spread the brokering: have members of the receiving group co-run the sharing, build a community of practice that does not depend on one person, mentor a second broker, and secure what the broker knows with knowledge-retention interviews.",
        techniques: ["community-of-practice", "mentoring", "knowledge-retention", "working-out-loud"],
        triggeringExamples: [
            RuleExample("""
                ↓stakeholder coaches "Instructional coaches" broker
                stakeholder teachers "Classroom teachers" group schools
                stakeholder principals "School leaders" group schools
                sharing convening "Network convening" by coaches for teachers, principals
                sharing visits "Coaching visits" by coaches for teachers
                """),
            RuleExample("""
                ↓stakeholder lead "Network lead" broker
                stakeholder teachers "Classroom teachers"
                sharing cop "Community of practice" by lead, teachers for teachers
                sharing cafe "Knowledge cafe" by lead for teachers
                sharing bulletin "Bulletin" by lead for teachers
                sharing exchange "Peer exchange" by teachers for teachers
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(CommonExamples.healthy),
            RuleExample("""
                stakeholder coaches "Instructional coaches" broker
                stakeholder mentors "Mentor teachers" broker
                stakeholder teachers "Classroom teachers" group schools
                sharing convening "Network convening" by coaches, mentors for teachers
                """),
        ]
    )

    public func findings(in context: AnalysisContext) -> [Finding] {
        let map = context.map
        guard let sharing = context.roles.sharing else { return [] }
        let valid = map.stakeholders.indices
        let sharingActivities = map.activities.indices.filter { map.activities[$0].phase == sharing }
        var reasons: [Int: [String]] = [:]
        // Sole carriers into each group: nil = none yet, -1 = several.
        var carrier: [String: Int] = [:]
        var groupOrder: [String] = []
        for activity in sharingActivities {
            let owners = map.activities[activity].owners.filter(valid.contains)
            let ownerGroups = Set(owners.map { map.stakeholders[$0].group })
            for member in map.activities[activity].audience where valid.contains(member) {
                let group = map.stakeholders[member].group
                guard !owners.isEmpty, !ownerGroups.contains(group) else { continue }
                if carrier[group] == nil { groupOrder.append(group) }
                let sole = owners.count == 1 ? owners[0] : -1
                carrier[group] = carrier[group].map { $0 == sole ? sole : -1 } ?? sole
            }
        }
        for group in groupOrder {
            if let sole = carrier[group], sole >= 0 {
                reasons[sole, default: []].append("it carries the only route of knowledge into group '\(group)'")
            }
        }
        if sharingActivities.count >= 3 {
            var alone: [Int: Int] = [:]
            for activity in sharingActivities {
                let owners = Set(map.activities[activity].owners.filter(valid.contains))
                if owners.count == 1, let owner = owners.first { alone[owner, default: 0] += 1 }
            }
            for (owner, count) in alone.sorted(by: { $0.key < $1.key }) where count * 2 > sharingActivities.count {
                reasons[owner, default: []].append("it alone runs \(count) of the \(sharingActivities.count) \(context.phaseName(sharing)) activities")
            }
        }
        return reasons.keys.sorted().compactMap { index in
            guard let list = reasons[index], let first = list.first else { return nil }
            let stakeholder = map.stakeholders[index]
            return context.finding(
                Self.description, at: stakeholder.idRange, "'\(stakeholder.id)' is a bottleneck: \(first)",
                subject: stakeholder.id, notes: list.dropFirst().map { DiagnosticNote("also: \($0)") }
            )
        }
    }
}
