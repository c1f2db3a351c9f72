import KMapModel

/// The part of the stakeholder network a stakeholder view draws, shared by the Graphviz and
/// Mermaid writers.
struct StakeholderSelection {
    /// A link drawn once for both directions between two stakeholders.
    struct Pair {
        let from: Int
        let to: Int
        /// How many activities or flows carry knowledge from `from` to `to`, and back.
        let forward: Int
        var backward: Int

        /// `×3`, or `×3 / ×1` when knowledge also flows back; nil for a single link one way.
        var label: String? {
            if backward > 0 { return "×\(forward) / ×\(backward)" }
            return forward > 1 ? "×\(forward)" : nil
        }
    }

    /// At most this many links are drawn, the strongest: `dot` needs minutes for a network of 50
    /// stakeholders with 1,000 links, and such a drawing is unreadable anyway.
    static let maximumLinks = 150

    /// Links drawn (all, or those of the focused stakeholder), a link and its reverse as one pair;
    /// the strongest ``maximumLinks`` of them, in the order they were found.
    let pairs: [Pair]
    /// How many pairs there were before keeping the strongest.
    let linkCount: Int
    /// Stakeholders drawn, in declaration order.
    let shown: [StakeholderIndex]
    /// De-facto brokers (empty when gaps are hidden).
    let deFactoBrokers: Set<StakeholderIndex>
    /// Groups with at least one member other than a stakeholder of the same id: drawn as clusters.
    let sharedGroups: Set<String>
    /// The label of each shared group that is declared with one or is also a stakeholder's id;
    /// other groups show their id.
    private let groupLabels: [String: String]

    init(input: DiagramInput, options: DiagramOptions, scope: DiagramScope) {
        let map = input.map
        let focused = scope.stakeholder
        let network = StakeholderNetwork(map: map) { focused != nil || scope.contains(.activity($0), in: map) }
        let links = network.links.filter { focused == nil || $0.from == focused || $0.to == focused }
        let allPairs = Self.pairs(links)
        linkCount = allPairs.count
        pairs = Self.strongest(allPairs, limit: Self.maximumLinks)
        deFactoBrokers = options.showGaps ? input.deFactoBrokers : []
        if scope.isWhole {
            shown = Array(map.stakeholders.modelIndices)
        } else {
            var members = Set(links.flatMap { [$0.from, $0.to] })
            if let focused { members.insert(focused) } else { members.formUnion(network.members) }
            shown = members.sorted().map { map.stakeholders.modelIndices[$0] }
        }
        let sharedGroups = Set(map.stakeholders.filter { $0.group != $0.id }.map(\.group))
        self.sharedGroups = sharedGroups
        // As `KMap.label(ofGroup:)` names groups (a declared label, else the label of a stakeholder
        // with the group's id), built once rather than looked up per group.
        groupLabels = Dictionary(
            map.stakeholders.filter { sharedGroups.contains($0.id) }.map { ($0.id, $0.label) },
            uniquingKeysWith: { first, _ in first }
        ).merging(map.groupLabels.filter { sharedGroups.contains($0.key) }) { _, declared in declared }
    }

    /// The roles written under a stakeholder's name in both views: `broker`, `external`,
    /// `de-facto broker`, joined by ` · `; nil when it has none.
    func role(of index: StakeholderIndex, in map: KMap) -> String? {
        let stakeholder = map.stakeholders[index]
        var roles: [String] = []
        if stakeholder.isBroker { roles.append("broker") }
        if stakeholder.isExternal { roles.append("external") }
        if deFactoBrokers.contains(index) { roles.append("de-facto broker") }
        return roles.isEmpty ? nil : roles.joined(separator: " · ")
    }

    /// Links merged with their reverse, in the order of the first of the two.
    private static func pairs(_ links: [StakeholderNetwork.Link]) -> [Pair] {
        var position: [SIMD2<Int>: Int] = [:]
        var result: [Pair] = []
        for link in links {
            let key = SIMD2(min(link.from, link.to), max(link.from, link.to))
            if let index = position[key] {
                result[index].backward = link.weight
            } else {
                position[key] = result.count
                result.append(Pair(from: link.from, to: link.to, forward: link.weight, backward: 0))
            }
        }
        return result
    }

    /// The `limit` pairs carrying the most, ties going to the first found, in their original order.
    private static func strongest(_ pairs: [Pair], limit: Int) -> [Pair] {
        guard pairs.count > limit else { return pairs }
        let kept = pairs.indices.sorted { lhs, rhs in
            let left = pairs[lhs].forward + pairs[lhs].backward
            let right = pairs[rhs].forward + pairs[rhs].backward
            return left != right ? left > right : lhs < rhs
        }.prefix(limit)
        return kept.sorted().map { pairs[$0] }
    }

    /// What a group's cluster is titled.
    func label(ofGroup group: String) -> String {
        groupLabels[group] ?? group
    }
}
