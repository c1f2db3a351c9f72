/// Compares flows, matched by their endpoints in new ids; several flows between the same two
/// nodes are matched in order.
struct FlowComparison {
    let old: [FlowRecord]
    let new: [FlowRecord]
    let translation: IDTranslation

    func changes() -> [StructuralChange] {
        var oldByKey: [FlowKey: CandidateQueue] = [:]
        for (index, flow) in old.enumerated() {
            oldByKey[FlowKey(from: translation(flow.from), to: translation(flow.to)), default: CandidateQueue()].append(index)
        }
        var oldMatched = Array(repeating: false, count: old.count)
        var added: [StructuralChange] = []
        var changed: [StructuralChange] = []
        for flow in new {
            let key = FlowKey(from: flow.from, to: flow.to)
            guard let index = oldByKey[key]?.takeFirst() else {
                added.append(Self.change(.added, flow))
                continue
            }
            oldMatched[index] = true
            if old[index].label != flow.label {
                let label = AttributeChange(
                    name: "label", old: AttributeValue.quoted(old[index].label).display, new: AttributeValue.quoted(flow.label).display)
                changed.append(Self.change(.changed, flow, attributes: [label]))
            }
        }
        let removed = old.indices.filter { !oldMatched[$0] }.map { Self.change(.removed, old[$0]) }
        return added + removed + changed
    }

    private static func change(_ kind: ChangeKind, _ flow: FlowRecord, attributes: [AttributeChange] = []) -> StructuralChange {
        StructuralChange(change: kind, entity: .flow, id: "\(flow.from) -> \(flow.to)", label: flow.label ?? "", attributes: attributes)
    }
}

/// The endpoints of a flow.
private struct FlowKey: Hashable {
    var from: String
    var to: String
}
