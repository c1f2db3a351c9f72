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
        scope: "Sharing activities with owners whose audience includes another group or outsiders; people in an owner's own group on the same side of the organization's boundary (member staff of a network visiting one another) cross nothing. An outside body that only receives (a donor or a ministry that runs nothing in the map) is upward accountability and does not count: the owner who reports to it holds that relationship. The remedy fits the audience: for people the organization serves (communities, clients), trusted local intermediaries and dialogue; for bodies that only receive (a donor, a ministry), a brief presented by whoever holds the relationship; for another group, a broker from both sides. A declared broker of the owning or receiving group who runs no sharing is named in a note. In a map that declares no groups, the organization is one group and only outsiders are across a boundary. An owner who already runs an activity together with people of the receiving group (a programme manager who reviews the data with the field officers) holds a relationship on both sides, and that group does not count; nor does a member of the audience who runs an activity together with people of the owners' group (the manager who gets the feedback desk's dashboard and reviews the data with the MEAL coordinator). People the organization serves who are only ever told (silent-stakeholder) do not count either: that finding names the break once, with the activities that tell them as its context. Sharing without owners is left to unowned-activity.",
        techniques: ["elevator-pitch", "mentoring", "peer-learning-exchange"],
        triggeringExamples: [
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                stakeholder district "District office" external
                ↓sharing report "Annual report" by teachers for district
                application align "District aligns its guidance" by district action buy-in
                report -> align
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
            // No groups declared: teachers and their principal are one school.
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                stakeholder principals "School leadership teams"
                sharing staff "Staff meeting share-out" by teachers for teachers, principals
                """),
            // The programme manager reviews the data with the field officers every month.
            RuleExample("""
                stakeholder pm "Programme manager" group country
                stakeholder officers "WASH officers" group field
                generation monitoring "Water point monitoring" by officers
                consolidation review "Monthly data review" by pm, officers
                sharing meeting "Monthly staff meeting" by pm for officers
                monitoring -> review -> meeting
                """),
            // Member staff of a network, outside the secretariat, visit one another: peers on one
            // side of every boundary.
            RuleExample("""
                stakeholder staff "Member programme staff" group members external
                sharing exchange "Peer exchange visits" by staff for staff technique peer-learning-exchange
                """),
            // The programme manager reviews the data with the MEAL coordinator every month, so the
            // feedback desk's weekly dashboard reaches someone who already works with its group.
            RuleExample("""
                stakeholder pm "Programme manager" group programme
                stakeholder coordinator "MEAL coordinator" group meal
                stakeholder desk "Feedback desk staff" group meal
                consolidation review "Monthly programme review" by coordinator, pm
                sharing dashboard "Feedback dashboard" by desk for pm
                review -> dashboard
                """),
            // Communities only ever told: silent-stakeholder names that once.
            RuleExample("""
                stakeholder staff "Programme staff"
                stakeholder communities "Affected communities" external
                sharing radio "Community radio messages" by staff for communities
                """),
            // The donor only receives the report: upward accountability, not a boundary to bridge.
            RuleExample("""
                stakeholder meal "MEAL officers"
                stakeholder donor "Institutional donor" external
                sharing report "Donor progress report" by meal for donor
                """),
        ]
    )

    public func findings(in context: AnalysisContext) -> [Finding] {
        let map = context.map
        guard let sharing = context.roles.sharing else { return [] }
        let idle = idleBrokersByGroup(map, sharing: sharing)
        let onlyReceivesReports = upwardAudience(map, mustBeHeard: context.participation.mustBeHeard)
        let workedWith = groupsWorkedWith(map)
        // A map that declares no groups draws no boundary inside the organization: only outsiders
        // are across one.
        let declaresGroups = map.stakeholders.contains { $0.group != $0.id }
        // People served who are only ever told: silent-stakeholder names that break once, and
        // the telling activities are its context.
        let toldOnly = context.isEnabled(SilentStakeholderRule.description.slug) ? context.participation : nil
        return map.activities.modelIndices.compactMap { index in
            guard map.activities[index].serves(sharing) else { return nil }
            let activity = map.activities[index]
            let owners = activity.owners
            guard !owners.isEmpty,
                  !owners.contains(where: { map.stakeholders[$0].isBroker }) else { return nil }
            let ownerGroups = Set(owners.map { map.stakeholders[$0].group })
            // Owners' own side of every boundary: their groups, inside or outside the organization
            // (member staff of a network sharing with one another cross nothing).
            let ownerSides = Set(owners.map { Side(map.stakeholders[$0]) })
            let outsiders = activity.audience.filter { member in
                let stakeholder = map.stakeholders[member]
                guard !ownerSides.contains(Side(stakeholder)),
                      !onlyReceivesReports[member.position], toldOnly?.isToldOnly(member, in: map) != true,
                      stakeholder.isExternal || (declaresGroups && !ownerGroups.contains(stakeholder.group)) else {
                    return false
                }
                // A relationship held on either side: an owner who works alongside the member's
                // group, or a member who works alongside the owners' group.
                return !owners.contains { workedWith[$0.position].contains(stakeholder.group) }
                    && !workedWith[member.position].contains(where: ownerGroups.contains)
            }
            guard !outsiders.isEmpty else { return nil }
            let names = outsiders.map { member in
                let stakeholder = map.stakeholders[member]
                return "\(map.name(ofStakeholder: member)) (\(stakeholder.isExternal ? "external" : "group \(map.name(ofGroup: stakeholder.group))"))"
            }.joined(separator: ", ")
            let groups = Set(outsiders.map { map.stakeholders[$0].group }).union(ownerGroups)
            let notes = groups.sorted().flatMap { idle[$0] ?? [] }.map { broker in
                DiagnosticNote("\(map.name(ofStakeholder: broker)) is a declared broker of group \(map.name(ofGroup: map.stakeholders[broker].group)) and runs no sharing: ask them to co-run this")
            }
            var finding = context.finding(
                Self.description, at: activity.idRange,
                "\(context.phaseName(sharing)) activity \(map.name(of: .activity(index))) reaches \(names), and none of its owners is a broker",
                subject: .node(.activity(index)), nodes: [.activity(index)], notes: notes
            )
            finding.remedy = Self.remedy(for: outsiders.map { map.stakeholders[$0] }, in: map)
            return finding
        }
    }

    /// Where a stakeholder stands with respect to the boundaries a broker bridges: its group, inside
    /// or outside the organization.
    private struct Side: Hashable {
        var group: String
        var isExternal: Bool

        init(_ stakeholder: Stakeholder) {
            group = stakeholder.group
            isExternal = stakeholder.isExternal
        }
    }

    /// The remedy that fits the audience: people the organization serves are reached through
    /// people they trust and asked back; bodies that only receive are briefed by whoever holds
    /// the relationship; other groups get a broker from both sides.
    static func remedy(for audience: [Stakeholder], in map: KMap) -> String {
        if audience.contains(where: { $0.isExternal && Voice.mustBeHeard($0, in: map) }) {
            return "Carry it through people the audience trusts: trusted local intermediaries (community volunteers, leaders, frontline staff they know), community dialogue or feedback meetings that ask back as well as tell, and a broker declared with `broker` who owns that relationship."
        }
        if audience.allSatisfy({ $0.isExternal }) {
            return "Have the person who holds the relationship carry it: a short policy or donor brief written for the body's decisions, presented in a briefing meeting by a lead it already trusts (declare them with `broker`), with one clear ask."
        }
        return description.remedy
    }

    /// Per stakeholder: a body that is reported to and does nothing else in the map (a donor, a
    /// ministry or a board that only receives). Reporting to it is upward accountability carried
    /// by whoever holds the relationship, not knowledge that must cross into its work.
    private func upwardAudience(_ map: KMap, mustBeHeard: [Bool]) -> [Bool] {
        var acts = Array(repeating: false, count: map.stakeholders.count)
        for index in map.activities.indices {
            for owner in map.activities[index].owners { acts[owner.position] = true }
        }
        return map.stakeholders.modelIndices.map { index in
            !mustBeHeard[index.position] && !acts[index.position]
        }
    }

    /// Per stakeholder: the groups of the people it runs some activity together with. Someone who
    /// already works alongside a group (a programme manager who reviews the data with the field
    /// officers) holds a relationship on both sides and needs no broker to reach it.
    /// O(sum of owners x groups per activity).
    private func groupsWorkedWith(_ map: KMap) -> [Set<String>] {
        var groups = Array(repeating: Set<String>(), count: map.stakeholders.count)
        for index in map.activities.indices where map.activities[index].owners.count > 1 {
            let owners = map.activities[index].owners
            let together = Set(owners.map { map.stakeholders[$0].group })
            for owner in owners {
                groups[owner.position].formUnion(together.subtracting([map.stakeholders[owner].group]))
            }
        }
        return groups
    }

    /// Declared brokers who run no sharing activity, by group.
    private func idleBrokersByGroup(_ map: KMap, sharing: Int) -> [String: [StakeholderIndex]] {
        var shares = Array(repeating: false, count: map.stakeholders.count)
        for index in map.activities.indices where map.activities[index].serves(sharing) {
            for owner in map.activities[index].owners { shares[owner.position] = true }
        }
        var idle: [String: [StakeholderIndex]] = [:]
        for index in map.stakeholders.modelIndices where map[index].isBroker && !shares[index.position] {
            idle[map[index].group, default: []].append(index)
        }
        return idle
    }
}
