import KMapLanguage
import KMapModel

/// broker-bottleneck: the routes of knowledge between groups of several members depend on one
/// intermediary (see ``GroupRoutes``): at least two routes, and at least half of those between
/// other groups, pass through it alone, or every route into or out of a group does. Or one
/// stakeholder alone runs more than half of all sharing activities (when there are three or
/// more). One finding per stakeholder.
public struct BrokerBottleneckRule: FixedGapRule {
    public init() {}

    public static let description = RuleDescription(
        code: "KM007", slug: "broker-bottleneck", name: "Broker bottleneck", defaultSeverity: .warning,
        summary: "Most routes of knowledge between groups pass through one stakeholder alone, or one stakeholder runs most of all sharing.",
        rationale: "When spreading depends on one or two people it stalls whenever they are busy, and it leaves with them. A one-person secretariat that every exchange between country teams passes through is the classic case: without it, the groups stop learning from each other.",
        remedy: "Open routes that do not depend on one person: direct peer exchange between the groups, a community of practice they run together, members of the receiving group co-running the sharing, a repository the groups read themselves. Mentor a second broker, and secure what the broker knows with knowledge-retention interviews.",
        scope: "Routes are counted only between groups of two or more members: one owner reporting to a single body (a donor, a ministry, anyone without `group`) is a relationship, not a bottleneck. Owners of one activity count as learning from each other there, and a repository that another group reads is a route that depends on no one. Only people of the organization are named on routes: an outside partner on the only route (county officers who collect data with the researchers) is not the organization's to relieve or replace.",
        techniques: ["peer-learning-exchange", "community-of-practice", "mentoring", "knowledge-retention"],
        triggeringExamples: [
            RuleExample("""
                ↓stakeholder secretariat "Cluster secretariat"
                stakeholder kenya_team "Kenya programme team" group kenya
                stakeholder kenya_meal "Kenya MEAL officer" group kenya
                stakeholder uganda_team "Uganda programme team" group uganda
                stakeholder uganda_meal "Uganda MEAL officer" group uganda
                stakeholder nepal_team "Nepal programme team" group nepal
                stakeholder nepal_meal "Nepal MEAL officer" group nepal
                capture kenya_report "Kenya learning report" by kenya_meal for secretariat
                capture uganda_report "Uganda learning report" by uganda_meal for secretariat
                capture nepal_report "Nepal learning report" by nepal_meal for secretariat
                sharing digest "Cluster learning digest" by secretariat for kenya_team, uganda_team, nepal_team
                """),
            RuleExample("""
                ↓stakeholder lead "Network lead" broker
                stakeholder teachers "Classroom teachers"
                sharing cop "Community of practice" by lead for teachers
                sharing cafe "Knowledge cafe" by lead for teachers
                sharing bulletin "Bulletin" by lead for teachers
                sharing exchange "Peer exchange" by teachers for teachers
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(CommonExamples.healthy),
            RuleExample("""
                stakeholder meal_officer "MEAL officer" group programme
                stakeholder manager "Programme manager" group programme
                stakeholder donor "Institutional donor" external
                stakeholder ministry "Ministry of social welfare" external
                capture donor_report "Donor report" by meal_officer for donor, ministry
                sharing review "Programme review" by meal_officer, manager for manager
                """),
            RuleExample("""
                stakeholder hub_lead "Regional learning lead" group hub broker
                stakeholder hub_analyst "Regional data analyst" group hub
                stakeholder co_meal "Country MEAL officers" group co
                stakeholder co_managers "Country programme managers" group co
                consolidation synthesis "Cross-country synthesis" by hub_lead, hub_analyst, co_meal
                capture co_brief "Country learning brief" by co_meal for hub_lead
                capture lessons "Regional lessons note" by hub_lead for co_managers
                """),
            RuleExample("""
                stakeholder secretariat "Cluster secretariat"
                stakeholder kenya_team "Kenya programme team" group kenya
                stakeholder kenya_meal "Kenya MEAL officer" group kenya
                stakeholder uganda_team "Uganda programme team" group uganda
                stakeholder uganda_meal "Uganda MEAL officer" group uganda
                repository library "Cluster learning library"
                capture kenya_report "Kenya learning report" by kenya_meal for secretariat
                capture uganda_report "Uganda learning report" by uganda_meal for secretariat
                sharing digest "Cluster learning digest" by secretariat for kenya_team, uganda_team
                sharing exchange "Peer exchange between countries" by kenya_meal, uganda_meal for kenya_team, uganda_team
                """),
            // County officers, an outside partner, carry the forum's news back to the researchers
            // when they collect the next data with them: the only such route, but not the
            // organization's to relieve.
            RuleExample("""
                stakeholder researchers "Researchers" group research
                stakeholder director "Research director" group research
                stakeholder uptake "Uptake manager" group comms
                stakeholder comms "Communications officer" group comms
                stakeholder county "County planning officers" external
                consolidation analysis "Analysis" by researchers, director
                capture brief "Policy brief" by uptake, comms for county
                sharing forum "County forum" by uptake, comms for county
                application plans "Counties revise plans" by county action act
                generation data "County data" by researchers, county
                analysis -> brief -> forum -> plans -> data -> analysis
                """),
        ]
    )

    /// Routes (or groups) listed by name in a message before the rest are counted.
    static let listedRoutes = 4

    public func findings(in context: AnalysisContext) -> [Finding] {
        let map = context.map
        var reasons: [Int: [String]] = [:]
        let routes = GroupRoutes(map: map)
        // An outsider on the only route (a partner who collects data with the researchers) is not
        // the organization's to relieve or replace.
        let insiders = map.stakeholders.map { !$0.isExternal }
        for (stakeholder, dependent) in routes.dependentRoutes.sorted(by: { $0.key < $1.key }) where insiders[stakeholder] {
            let possible = routes.possibleRouteCount(for: stakeholder)
            let share = dependent.count >= 2 && dependent.count * 2 >= possible
            if share, dependent.count == possible {
                // Every route between the other groups: that says all there is about routes.
                reasons[stakeholder, default: []].append(Self.routeReason(dependent, of: possible, routes, in: map))
                continue
            }
            let carried = Set(dependent)
            var explained = Set<GroupRoutes.Route>()
            for group in Set(dependent.map(\.to)).sorted() {
                let into = routes.routes(into: group, avoiding: stakeholder)
                if into.allSatisfy(carried.contains) {
                    explained.formUnion(into)
                    reasons[stakeholder, default: []].append(Self.gatekeeperReason(
                        into: true, group, others: into.map(\.from), of: routes, in: map))
                }
            }
            for group in Set(dependent.map(\.from)).sorted() {
                let out = routes.routes(outOf: group, avoiding: stakeholder)
                if out.allSatisfy(carried.contains), !out.allSatisfy(explained.contains) {
                    explained.formUnion(out)
                    reasons[stakeholder, default: []].append(Self.gatekeeperReason(
                        into: false, group, others: out.map(\.to), of: routes, in: map))
                }
            }
            if share, dependent.count < possible, !dependent.allSatisfy(explained.contains) {
                reasons[stakeholder, default: []].append(Self.routeReason(dependent, of: possible, routes, in: map))
            }
        }
        if let sharing = context.roles.sharing {
            // Indices, not copies of the activities.
            let sharingActivities = map.activities.indices.filter { map.activities[$0].phase == sharing }
            if sharingActivities.count >= 3 {
                var alone: [Int: Int] = [:]
                for activity in sharingActivities {
                    let owners = Set(map.activities[activity].owners)
                    if owners.count == 1, let owner = owners.first { alone[owner.position, default: 0] += 1 }
                }
                for (owner, count) in alone.sorted(by: { $0.key < $1.key }) where count * 2 > sharingActivities.count {
                    reasons[owner, default: []].append("it alone runs \(count) of the \(sharingActivities.count) \(context.phaseName(sharing)) activities")
                }
            }
        }
        return reasons.keys.sorted().compactMap { position in
            guard let list = reasons[position], let first = list.first else { return nil }
            let index = map.stakeholders.modelIndices[position]
            let stakeholder = map[index]
            var notes = list.dropFirst().map { DiagnosticNote("also: \($0)") }
            if routes.sourceGroups < routes.groups.count {
                notes.append(DiagnosticNote("routes judged from \(routes.sourceGroups) of the \(routes.groups.count) groups (the map is very large)"))
            }
            return context.finding(
                Self.description, at: stakeholder.idRange,
                "\(map.name(ofStakeholder: index)) is a bottleneck: \(first)",
                subject: .stakeholder(index), notes: notes
            )
        }
    }

    /// "every route between the groups A, B and C (6 routes) passes through it alone", or "4 of the
    /// 6 routes between groups pass through it alone: A -> B, ...".
    static func routeReason(_ dependent: [GroupRoutes.Route], of possible: Int, _ routes: GroupRoutes, in map: KMap) -> String {
        if dependent.count == possible {
            var involved: [Int] = []
            for route in dependent {
                for group in [route.from, route.to] where !involved.contains(group) { involved.append(group) }
            }
            return "every route of knowledge between \(list(involved.sorted(), of: routes, in: map)) (\(dependent.count) routes) passes through it alone"
        }
        let shown = dependent.prefix(listedRoutes).map {
            "\(groupName($0.from, of: routes, in: map)) -> \(groupName($0.to, of: routes, in: map))"
        }
        let more = dependent.count > listedRoutes ? " and \(dependent.count - listedRoutes) more" : ""
        return "\(dependent.count) of the \(possible) routes of knowledge between other groups pass through it alone: "
            + shown.joined(separator: ", ") + more
    }

    /// "every route of knowledge into A (from the groups B and C) passes through it alone", or "the
    /// only route of knowledge into A (from the group B) ...", and the same for routes out of A.
    static func gatekeeperReason(into: Bool, _ group: Int, others: [Int], of routes: GroupRoutes, in map: KMap) -> String {
        let quantity = others.count == 1 ? "the only route" : "every route"
        let direction = into ? "into" : "out of"
        let preposition = into ? "from" : "to"
        return "\(quantity) of knowledge \(direction) \(groupName(group, of: routes, in: map)) (\(preposition) \(list(others, of: routes, in: map))) passes through it alone"
    }

    /// A group as a message names it: its label and id, or `group ID` when it has no label.
    static func groupName(_ group: Int, of routes: GroupRoutes, in map: KMap) -> String {
        let name = bareName(group, of: routes, in: map)
        return name == routes.groups[group] ? "group \(name)" : name
    }

    /// `Label (id)`, or the id alone when the group has no label.
    static func bareName(_ group: Int, of routes: GroupRoutes, in map: KMap) -> String {
        let id = routes.groups[group]
        return map.label(ofGroup: id) == id ? id : map.name(ofGroup: id)
    }

    /// "the group A", "the groups A and B", "the groups A, B and C" (labels where groups have them).
    static func list(_ groups: [Int], of routes: GroupRoutes, in map: KMap) -> String {
        let names = groups.map { bareName($0, of: routes, in: map) }
        guard names.count > 1 else { return "the group " + (names.first ?? "") }
        if names.count > listedRoutes + 1 {
            return "the groups " + names.prefix(listedRoutes).joined(separator: ", ") + " and \(names.count - listedRoutes) more"
        }
        return "the groups " + ProseList.joined(names)
    }
}
