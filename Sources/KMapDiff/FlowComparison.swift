import KMapModel
import KMapRender

/// Compares flows, matched by their endpoints after renames: an old flow is the new flow
/// between the nodes its endpoints became. Several flows between the same two nodes are matched
/// in order, including the ones the graph keeps aside (``KMap/repeatedFlows``), so a second
/// flow between a connected pair is an addition. Linear: flows are keyed by the pair of new node
/// indices.
struct FlowComparison {
    let old: KMap
    let new: KMap
    let correspondence: Correspondence

    func changes() -> [StructuralChange] {
        let nodeCount = new.nodeCount
        let oldFlows = Self.written(old)
        let newFlows = Self.written(new)
        var first: [Int: Int] = [:]
        var following = Array(repeating: -1, count: oldFlows.count)
        var last: [Int: Int] = [:]
        for (index, (flow, _)) in oldFlows.enumerated() {
            guard let from = correspondence.node(flow.from), let to = correspondence.node(flow.to) else { continue }
            let key = new.nodeIndex(from) * nodeCount + new.nodeIndex(to)
            if let tail = last[key] { following[tail] = index } else { first[key] = index }
            last[key] = index
        }
        var oldMatched = Array(repeating: false, count: oldFlows.count)
        var added: [StructuralChange] = []
        var changed: [StructuralChange] = []
        for (flow, element) in newFlows {
            let key = new.nodeIndex(flow.from) * nodeCount + new.nodeIndex(flow.to)
            guard let index = first[key] else {
                added.append(change(.added, flow, element, in: new))
                continue
            }
            first[key] = following[index] >= 0 ? following[index] : nil
            oldMatched[index] = true
            let oldLabel = oldFlows[index].flow.label
            if oldLabel != flow.label {
                let label = AttributeChange(
                    name: "label", old: AttributeValue.quoted(oldLabel).display, new: AttributeValue.quoted(flow.label).display)
                changed.append(change(.changed, flow, element, in: new, attributes: [label]))
            }
        }
        let removed = oldFlows.indices.filter { !oldMatched[$0] }.map { change(.removed, oldFlows[$0].flow, oldFlows[$0].element, in: old) }
        return added + removed + changed
    }

    /// Every flow the map's text declares, in source order (the graph's and the repeated ones),
    /// with the element that draws it.
    private static func written(_ map: KMap) -> [(flow: Flow, element: DiagramElement)] {
        let flows = DiagramElement.flows(of: map)
        guard !map.repeatedFlows.isEmpty else { return flows }
        return flows.sorted { $0.flow.range.start < $1.flow.range.start }
    }

    private func change(
        _ kind: ChangeKind, _ flow: Flow, _ element: DiagramElement, in map: KMap, attributes: [AttributeChange] = []
    ) -> StructuralChange {
        StructuralChange(
            change: kind, entity: .flow, id: "\(map.id(of: flow.from)) -> \(map.id(of: flow.to))", label: flow.label ?? "",
            attributes: attributes, element: element)
    }
}
