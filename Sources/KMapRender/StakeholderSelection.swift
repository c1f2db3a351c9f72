import KMapModel

/// The part of the stakeholder network a stakeholder view draws, shared by the Graphviz and
/// Mermaid writers.
struct StakeholderSelection {
    /// Links drawn (all, or those of the focused stakeholder).
    let links: [StakeholderNetwork.Link]
    /// Stakeholders drawn, in declaration order.
    let shown: [Int]
    /// De-facto brokers among everyone (empty when gaps are hidden).
    let deFactoBrokers: Set<Int>
    /// Groups with at least one member other than a stakeholder of the same id: drawn as clusters.
    let sharedGroups: Set<String>
    /// The label of each shared group that is also a stakeholder's id; other groups show their id.
    private let groupLabels: [String: String]

    init(input: DiagramInput, options: DiagramOptions, scope: DiagramScope) {
        let map = input.map
        let focused = scope.stakeholder
        let network = StakeholderNetwork(map: map) { focused != nil || scope.contains(.activity($0), in: map) }
        links = network.links.filter { focused == nil || $0.from == focused || $0.to == focused }
        deFactoBrokers = options.showGaps ? network.deFactoBrokers(in: map) : []
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

    /// What a group's cluster is titled.
    func label(ofGroup group: String) -> String {
        groupLabels[group] ?? group
    }
}
