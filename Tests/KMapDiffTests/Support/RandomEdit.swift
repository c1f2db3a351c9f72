/// One random edit of a ``RandomMap`` and the changes a comparison must report for it, in the
/// order reports list them.
struct RandomEdit {
    let description: String
    let map: RandomMap
    let expected: [String]

    /// Applies one edit chosen by `seed` to `original`.
    init(seed: UInt64, on original: RandomMap) {
        var random = SplitMix(seed: seed)
        var map = original
        let index = random.below(map.activities.count)
        let activity = map.activities[index]
        var expected: [String]
        switch random.below(11) {
        case 0:
            map.activities[index].planned.toggle()
            let (old, new) = activity.planned ? ("planned", "existing") : ("existing", "planned")
            expected = ["changed activity \(activity.id): status \(old) -> \(new)"]
        case 1:
            map.activities[index].label += " (revised)"
            expected = ["changed activity \(activity.id): label \"\(activity.label)\" -> \"\(activity.label) (revised)\""]
        case 2:
            let cadence = RandomMap.cadences.first { $0 != activity.cadence } ?? "day"
            map.activities[index].cadence = cadence
            expected = ["changed activity \(activity.id): cadence \(activity.cadence ?? "none") -> \(cadence)"]
        case 3:
            let phase = RandomMap.phases.first { $0 != activity.phase } ?? "generation"
            map.activities[index].phase = phase
            expected = ["changed activity \(activity.id): phase \(activity.phase) -> \(phase)"]
        case 4:
            map.stakeholders.append(("newcomer", "Newcomer", false))
            map.activities[index].owners.append("newcomer")
            let old = activity.owners.isEmpty ? "none" : activity.owners.joined(separator: ", ")
            expected = ["changed activity \(activity.id): owners \(old) -> \((activity.owners + ["newcomer"]).joined(separator: ", "))",
                        "added stakeholder newcomer"]
        case 5:
            map.activities.append(RandomMap.Activity(
                id: "added", label: "Added step", phase: "sharing", owners: [], audience: [], cadence: nil, planned: false))
            expected = ["added activity added"]
        case 6:
            map.activities.remove(at: index)
            let touching = map.flows.filter { $0.from == activity.id || $0.to == activity.id }
            map.flows.removeAll { $0.from == activity.id || $0.to == activity.id }
            expected = ["removed activity \(activity.id)"] + touching.map { "removed flow \($0.from) -> \($0.to)" }
        case 7:
            map.activities[index].id = "renamed"
            for flow in map.flows.indices {
                if map.flows[flow].from == activity.id { map.flows[flow].from = "renamed" }
                if map.flows[flow].to == activity.id { map.flows[flow].to = "renamed" }
            }
            expected = ["renamed activity \(activity.id) -> renamed"]
        case 8:
            let nodes = map.nodeIDs
            let target = nodes.first { node in
                node != activity.id && !map.flows.contains { $0.from == activity.id && $0.to == node }
            }
            if let target {
                map.flows.append(RandomMap.Flow(from: activity.id, to: target, label: nil))
                expected = ["added flow \(activity.id) -> \(target)"]
            } else {
                expected = []
            }
        case 9:
            if let flow = map.flows.indices.randomElement(using: &random) {
                let removed = map.flows.remove(at: flow)
                expected = ["removed flow \(removed.from) -> \(removed.to)"]
            } else {
                expected = []
            }
        default:
            let stakeholder = random.below(map.stakeholders.count)
            map.stakeholders[stakeholder].broker.toggle()
            let old = original.stakeholders[stakeholder].broker
            expected = ["changed stakeholder \(map.stakeholders[stakeholder].id): broker \(old ? "yes" : "no") -> \(old ? "no" : "yes")"]
        }
        self.map = map
        self.expected = expected
        description = expected.joined(separator: "; ")
    }
}

extension SplitMix: RandomNumberGenerator {}
