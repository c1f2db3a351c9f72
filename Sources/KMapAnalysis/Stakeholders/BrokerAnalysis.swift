import KMapModel

/// Broker measures on the stakeholder graph: who carries knowledge between groups.
///
/// The *knowledge graph* has a node per stakeholder, activity and repository, and directed edges
/// owner -> activity, activity -> owner, activity -> audience, every flow, and repository owner <->
/// repository. A route of knowledge between two stakeholders is a path in that graph.
///
/// - Betweenness: for each stakeholder, the share of shortest routes between two other stakeholders
///   that pass through it (Brandes' algorithm, O(k x (V + E)) for k source stakeholders). Exact when
///   the map has at most ``maximumSources`` stakeholders and the graph is small enough for
///   ``edgeVisitBudget``; otherwise k evenly spaced sources are used and the result is scaled up
///   (``isSampled``).
/// - Bridging: a stakeholder's *partners* are those it shares an activity with, and the owners of
///   activities one flow (or one repository) away from an activity it owns. It bridges groups when
///   its partners and itself span two or more groups. Built in O((activities + flows) x groups).
public struct BrokerAnalysis: Hashable, Sendable {
    /// The broker measures of one stakeholder.
    public struct Measure: Hashable, Sendable {
        public var stakeholder: StakeholderIndex
        public var id: String
        public var isDeclaredBroker: Bool
        /// Normalised betweenness in 0...1 (share of routes between other stakeholders through it).
        public var betweenness: Double
        /// The groups this stakeholder and its partners belong to, sorted; two or more means the
        /// stakeholder crosses a group boundary.
        public var bridgedGroups: [String]
        /// Groups other than its own among its partners.
        public var otherGroups: Int

        /// True when the stakeholder's partners span two or more groups.
        public var bridgesGroups: Bool { bridgedGroups.count >= 2 }
    }

    /// At most this many source stakeholders are used for betweenness.
    public static let maximumSources = 256
    /// Sources are also limited so that sources x (nodes + edges) stays under this many visits.
    public static let edgeVisitBudget = 2_000_000

    /// One measure per stakeholder, in declaration order (so `measures[index.position]` is the
    /// measure of the stakeholder at `index`).
    public var measures: [Measure]
    /// Declared brokers whose partners span two or more groups.
    public var bridgingBrokers: [StakeholderIndex]
    /// Declared brokers that connect no groups.
    public var nonBridgingBrokers: [StakeholderIndex]
    /// Undeclared stakeholders whose partners include two or more groups other than their own and
    /// who lie on routes between other stakeholders (betweenness above zero): brokers in practice.
    public var deFactoBrokers: [StakeholderIndex]
    /// Number of source stakeholders betweenness was computed from.
    public var sourcesUsed: Int
    /// True when betweenness was estimated from a sample of sources.
    public var isSampled: Bool

    public init(map: KMap) {
        let graph = KnowledgeGraph(map: map)
        let stakeholderCount = map.stakeholders.count
        let budgetSources = max(1, Self.edgeVisitBudget / max(1, graph.nodeCount + graph.edgeCount))
        let sourceCount = min(stakeholderCount, Self.maximumSources, budgetSources)
        let sources = (0..<sourceCount).map { $0 * stakeholderCount / max(1, sourceCount) }
        let betweenness = graph.stakeholderBetweenness(sources: sources, stakeholderCount: stakeholderCount)
        let partnerGroups = PartnerGroups(map: map)

        measures = map.stakeholders.withModelIndices.map { index, stakeholder in
            let groups = partnerGroups.groups(of: index.position)
            return Measure(
                stakeholder: index, id: stakeholder.id, isDeclaredBroker: stakeholder.isBroker,
                betweenness: betweenness[index.position],
                bridgedGroups: groups.isEmpty ? [] : Array(groups.union([stakeholder.group])).sorted(),
                otherGroups: groups.subtracting([stakeholder.group]).count
            )
        }
        bridgingBrokers = measures.filter { $0.isDeclaredBroker && $0.bridgesGroups }.map(\.stakeholder)
        nonBridgingBrokers = measures.filter { $0.isDeclaredBroker && !$0.bridgesGroups }.map(\.stakeholder)
        deFactoBrokers = measures.filter { !$0.isDeclaredBroker && $0.otherGroups >= 2 && $0.betweenness > 0 }.map(\.stakeholder)
        sourcesUsed = sourceCount
        isSampled = sourceCount < stakeholderCount
    }
}

/// The groups of each stakeholder's partners (see ``BrokerAnalysis``), with groups numbered so
/// that sets hold integers. Each repository's neighbour groups are gathered once, so a repository
/// shared by many activities costs O(groups) per activity, not O(its flows).
/// O((activities + flows) x groups) time.
private struct PartnerGroups {
    private let names: [String]
    private var groupsByStakeholder: [Set<Int>]

    init(map: KMap) {
        var numbers: [String: Int] = [:]
        var names: [String] = []
        let groupOf = map.stakeholders.map { stakeholder in
            if let number = numbers[stakeholder.group] { return number }
            numbers[stakeholder.group] = names.count
            names.append(stakeholder.group)
            return names.count - 1
        }
        self.names = names
        groupsByStakeholder = Array(repeating: [], count: groupOf.count)
        func groups(_ members: [StakeholderIndex]) -> Set<Int> {
            Set(members.lazy.map { groupOf[$0.position] })
        }
        let graph = map.graph
        let ownerGroups = map.activities.map { groups($0.owners) }
        let repositoryGroups = map.repositories.modelIndices.map { index in
            let node = map.nodeIndex(.repository(index))
            var result = groups(map.repositories[index].owner.map { [$0] } ?? [])
            for forward in [true, false] {
                for neighbour in graph.neighbours(of: node, forward: forward) where !graph.isRepository(neighbour) {
                    result.formUnion(ownerGroups[neighbour])
                }
            }
            return result
        }
        for (index, activity) in map.activities.enumerated() {
            let audience = groups(activity.audience)
            guard !ownerGroups[index].isEmpty || !audience.isEmpty else { continue }
            var outward = ownerGroups[index].union(audience)
            if !ownerGroups[index].isEmpty {
                for forward in [true, false] {
                    for neighbour in graph.neighbours(of: index, forward: forward) {
                        outward.formUnion(graph.isRepository(neighbour)
                            ? repositoryGroups[neighbour - graph.activityCount] : ownerGroups[neighbour])
                    }
                }
            }
            for owner in activity.owners {
                groupsByStakeholder[owner.position].formUnion(outward)
            }
            for member in activity.audience {
                groupsByStakeholder[member.position].formUnion(ownerGroups[index])
            }
        }
    }

    /// The names of the groups of a stakeholder's partners.
    func groups(of stakeholder: Int) -> Set<String> { Set(groupsByStakeholder[stakeholder].map { names[$0] }) }
}
