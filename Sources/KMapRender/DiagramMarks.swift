import KMapModel

/// Findings grouped by the node and the stakeholder they concern.
struct DiagramMarks {
    private var byNode: [Int: [DiagramMark]] = [:]
    private var byStakeholder: [Int: [DiagramMark]] = [:]
    /// How many findings are drawn.
    let count: Int

    /// Groups `input.marks`; with `enabled` false (gaps hidden) nothing is marked.
    init(input: DiagramInput, enabled: Bool) {
        let marks = enabled ? input.marks : []
        count = marks.count
        for mark in marks {
            for node in mark.nodes where Self.isValid(node, in: input.map) {
                byNode[input.map.nodeIndex(node), default: []].append(mark)
            }
            for stakeholder in mark.stakeholders where input.map.stakeholders.indices.contains(stakeholder) {
                byStakeholder[stakeholder, default: []].append(mark)
            }
        }
    }

    func of(_ node: NodeRef, in map: KMap) -> [DiagramMark] {
        byNode[map.nodeIndex(node)] ?? []
    }

    func of(stakeholder: Int) -> [DiagramMark] {
        byStakeholder[stakeholder] ?? []
    }

    private static func isValid(_ node: NodeRef, in map: KMap) -> Bool {
        switch node {
        case .activity(let index): map.activities.indices.contains(index)
        case .repository(let index): map.repositories.indices.contains(index)
        }
    }
}
