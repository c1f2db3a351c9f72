import KMapModel

/// The columns of the waves view. Phase `p` is column `2p + 1`; the even columns between phases
/// hold repositories, next to the activities that feed them. Every node sits in a column fixed
/// here, and a flow that does not go rightwards is drawn without moving the columns.
struct PhaseColumns {
    /// The column of each repository.
    let repositoryColumns: [Int]
    let phaseCount: Int

    init(map: KMap) {
        phaseCount = map.framework.phases.count
        let middle = 2 * ((phaseCount - 1) / 2) + 2
        repositoryColumns = map.repositories.indices.map { index in
            let node = map.nodeIndex(.repository(index))
            let fedBy = map.predecessors(of: node).compactMap { map.phase(of: map.node(at: $0)) }
            if let latest = fedBy.max() { return 2 * latest + 2 }
            let feeds = map.successors(of: node).compactMap { map.phase(of: map.node(at: $0)) }
            if let earliest = feeds.min() { return 2 * earliest }
            return middle
        }
    }

    /// The column of phase `phase`.
    func column(ofPhase phase: Int) -> Int { 2 * phase + 1 }

    /// The column of a node.
    func column(of node: NodeRef, in map: KMap) -> Int {
        switch node {
        case .activity(let index): column(ofPhase: map.activities[index].phase)
        case .repository(let index): repositoryColumns[index]
        }
    }

    /// True when `column` is a phase column (odd), false for a repository column.
    func isPhaseColumn(_ column: Int) -> Bool { column % 2 == 1 }

    /// The phase of a phase column.
    func phase(ofColumn column: Int) -> Int { (column - 1) / 2 }
}
