import KMapModel

/// Who passes knowledge to whom: the owners of an activity pass it to its audience, and the
/// owners of an activity pass it to the owners of the next activity along a flow (directly or
/// through one repository).
struct StakeholderNetwork {
    /// A directed link between two stakeholders, with how many activities or flows carry it.
    struct Link: Hashable {
        let from: Int
        let to: Int
        var weight: Int
    }

    /// Links in the order they were first found.
    private(set) var links: [Link] = []
    /// Stakeholders taking part in the counted activities, in declaration order.
    private(set) var members: [Int] = []
    private var linkIndex: [Int: Int] = [:]
    private let stakeholderCount: Int

    /// The network of the activities for which `includes` is true.
    init(map: KMap, includes: (ActivityIndex) -> Bool) {
        stakeholderCount = map.stakeholders.count
        var involved = Array(repeating: false, count: stakeholderCount)
        for (index, activity) in map.activities.withModelIndices where includes(index) {
            for owner in activity.owners { involved[owner.position] = true }
            for member in activity.audience { involved[member.position] = true }
            for owner in activity.owners {
                for member in activity.audience { add(owner.position, member.position) }
            }
        }
        for flow in map.flows {
            guard case .activity(let from) = flow.from, includes(from) else { continue }
            if case .activity(let to) = flow.to, includes(to) {
                addAll(map.activities[from].owners.map(\.position), map.activities[to].owners.map(\.position))
            }
        }
        for repository in map.repositories.modelIndices {
            let node = map.nodeIndex(.repository(repository))
            let feeding = Self.owners(of: map.predecessors(of: node), in: map, includes: includes)
            let reading = Self.owners(of: map.successors(of: node), in: map, includes: includes)
            addAll(feeding, reading)
        }
        members = involved.indices.filter { involved[$0] }
    }

    private mutating func add(_ from: Int, _ to: Int) {
        guard from != to else { return }
        let key = from * stakeholderCount + to
        if let index = linkIndex[key] {
            links[index].weight += 1
        } else {
            linkIndex[key] = links.count
            links.append(Link(from: from, to: to, weight: 1))
        }
    }

    private mutating func addAll(_ from: [Int], _ to: [Int]) {
        for source in from {
            for target in to { add(source, target) }
        }
    }

    /// The distinct owners of the included activities among `nodes`, in first-seen order.
    private static func owners(of nodes: ArraySlice<Int>, in map: KMap, includes: (ActivityIndex) -> Bool) -> [Int] {
        var seen = Set<Int>()
        var result: [Int] = []
        for node in nodes {
            guard case .activity(let index) = map.node(at: node), includes(index) else { continue }
            for owner in map.activities[index].owners where seen.insert(owner.position).inserted { result.append(owner.position) }
        }
        return result
    }
}
