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

    /// Links drawn (all, or those of the focused stakeholder), a link and its reverse as one pair.
    let pairs: [Pair]
    /// Stakeholders drawn, in declaration order.
    let shown: [Int]
    /// De-facto brokers (empty when gaps are hidden).
    let deFactoBrokers: Set<Int>
    /// Groups with at least one member other than a stakeholder of the same id: drawn as clusters.
    let sharedGroups: Set<String>
    /// The label of each shared group that is also a stakeholder's id; other groups show their id.
    private let groupLabels: [String: String]

    init(input: DiagramInput, options: DiagramOptions, scope: DiagramScope) {
        let map = input.map
        let focused = scope.stakeholder
        let network = StakeholderNetwork(map: map) { focused != nil || scope.contains(.activity($0), in: map) }
        let links = network.links.filter { focused == nil || $0.from == focused || $0.to == focused }
        pairs = Self.pairs(links)
        deFactoBrokers = options.showGaps ? input.deFactoBrokers : []
        if scope.isWhole {
            shown = Array(map.stakeholders.indices)
        } else {
            var members = Set(links.flatMap { [$0.from, $0.to] })
            if let focused { members.insert(focused) } else { members.formUnion(network.members) }
            shown = members.sorted()
        }
        let sharedGroups = Set(map.stakeholders.filter { $0.group != $0.id }.map(\.group))
        self.sharedGroups = sharedGroups
        groupLabels = Dictionary(
            map.stakeholders.filter { sharedGroups.contains($0.id) }.map { ($0.id, $0.label) },
            uniquingKeysWith: { first, _ in first })
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

    /// What a group's cluster is titled.
    func label(ofGroup group: String) -> String {
        groupLabels[group] ?? group
    }
}
