import KMapLanguage
import KMapModel

/// The part of a map a diagram draws: everything, or the neighbourhood named by
/// ``DiagramOptions/focus``.
struct DiagramScope {
    /// Which nodes (by dense index) are drawn; nil draws every node.
    private let drawnNodes: [Bool]?
    /// Waves whose gaps are drawn: all waves, or only the focused wave.
    let wavesWithGaps: Set<Int>?
    /// The focused stakeholder: the stakeholder view keeps only its own links.
    let stakeholder: Int?

    /// True when no focus narrows the drawing.
    var isWhole: Bool { drawnNodes == nil && stakeholder == nil }

    func contains(_ node: NodeRef, in map: KMap) -> Bool {
        drawnNodes?[map.nodeIndex(node)] ?? true
    }

    func showsGaps(ofWave wave: Int) -> Bool {
        wavesWithGaps?.contains(wave) ?? true
    }

    /// The scope for `focus`: a wave id (its nodes), an activity or repository id (the node and
    /// its direct neighbours along flows) or a stakeholder id (the activities it runs or
    /// receives). A wave wins over an activity of the same id (an undeclared wave is named after
    /// the activity it starts from).
    static func resolve(_ focus: String?, in input: DiagramInput) throws(RenderError) -> DiagramScope {
        guard let focus else { return DiagramScope(drawnNodes: nil, wavesWithGaps: nil, stakeholder: nil) }
        let map = input.map
        var drawn = Array(repeating: false, count: map.nodeCount)
        if let wave = input.waves.firstIndex(where: { $0.id == focus }) {
            for node in input.waves[wave].nodes {
                drawn[map.nodeIndex(node)] = true
            }
            return DiagramScope(drawnNodes: drawn, wavesWithGaps: [wave], stakeholder: nil)
        }
        if let node = node(named: focus, in: map) {
            let index = map.nodeIndex(node)
            drawn[index] = true
            for neighbour in map.successors(of: index) + map.predecessors(of: index) { drawn[neighbour] = true }
            return DiagramScope(drawnNodes: drawn, wavesWithGaps: [], stakeholder: nil)
        }
        if let stakeholder = map.stakeholders.modelIndices.first(where: { map[$0].id == focus }) {
            for (index, activity) in map.activities.enumerated()
            where activity.owners.contains(stakeholder) || activity.audience.contains(stakeholder) {
                drawn[index] = true
            }
            return DiagramScope(drawnNodes: drawn, wavesWithGaps: [], stakeholder: stakeholder.position)
        }
        let names = input.waves.map(\.id) + map.activities.map(\.id) + map.repositories.map(\.id)
            + map.stakeholders.map(\.id)
        throw .unknownFocus(focus, suggestions: Suggestions.closest(to: focus, among: names))
    }

    private static func node(named name: String, in map: KMap) -> NodeRef? {
        if let index = map.activities.modelIndices.first(where: { map[$0].id == name }) { return .activity(index) }
        if let index = map.repositories.modelIndices.first(where: { map[$0].id == name }) { return .repository(index) }
        return nil
    }
}
