import KMapModel

/// The graph ``GroupRoutes`` judges routes on, in compressed adjacency form.
///
/// Node numbering: stakeholders, activities, repositories, then one root (joined to the members of
/// whichever source group is being judged) and one sink per group of several members (joined from
/// each of its members), so that "knowledge reaches the group" is "the sink is reached".
struct RouteGraph {
    let nodeCount: Int
    let edgeCount: Int
    let stakeholderCount: Int
    /// The node whose successors are the source group's members.
    let root: Int
    private let sinkBase: Int
    private let groupMembers: [[Int]]
    /// Per stakeholder, the index of its group among the groups of several members, or nil.
    private let groupOfStakeholder: [Int?]
    private let offsets: [Int]
    private let targets: [Int]
    private let reverseOffsets: [Int]
    private let sources: [Int]

    init(map: KMap, groupMembers: [[Int]], groupOfStakeholder: [Int?]) {
        let stakeholderCount = map.stakeholders.count
        let activityBase = stakeholderCount
        let repositoryBase = activityBase + map.activities.count
        root = repositoryBase + map.repositories.count
        sinkBase = root + 1
        nodeCount = sinkBase + groupMembers.count
        self.stakeholderCount = stakeholderCount
        self.groupMembers = groupMembers
        self.groupOfStakeholder = groupOfStakeholder
        var edges: [(Int, Int)] = []
        let lastPhase = map.framework.lastPhase
        for (index, activity) in map.activities.enumerated() {
            let owners = activity.owners
            // Teams of several groups that each act on what they learned do not meet by acting:
            // such an application carries nothing between its owners.
            let actsApart = activity.phase == lastPhase && Set(owners.map { map.stakeholders[$0].group }).count > 1
            for owner in owners where !actsApart {
                edges.append((owner.position, activityBase + index))
                edges.append((activityBase + index, owner.position))
            }
            for member in activity.audience {
                edges.append((activityBase + index, member.position))
            }
        }
        for (index, repository) in map.repositories.enumerated() {
            if let owner = repository.owner {
                edges.append((owner.position, repositoryBase + index))
                edges.append((repositoryBase + index, owner.position))
            }
        }
        func node(_ ref: NodeRef) -> Int {
            switch ref {
            case .activity(let i): activityBase + i.position
            case .repository(let i): repositoryBase + i.position
            }
        }
        for flow in map.flows {
            let owners: [StakeholderIndex]
            if case .activity(let target) = flow.to {
                owners = map.activities[target].owners
            } else {
                owners = []
            }
            if owners.isEmpty {
                edges.append((node(flow.from), node(flow.to)))
            } else {
                for owner in owners { edges.append((node(flow.from), owner.position)) }
            }
        }
        for (group, members) in groupMembers.enumerated() {
            for member in members { edges.append((member, sinkBase + group)) }
        }
        edgeCount = edges.count
        (offsets, targets) = FlowGraph.compress(edges, nodeCount: nodeCount, forward: true)
        (reverseOffsets, sources) = FlowGraph.compress(edges, nodeCount: nodeCount, forward: false)
    }

    /// The node standing for "some member of the group has been reached".
    func sink(ofGroup group: Int) -> Int { sinkBase + group }

    func isStakeholder(_ node: Int) -> Bool { node < stakeholderCount }

    /// Successors of a node; the root's are the members of `sourceGroup`.
    func successors(of node: Int, sourceGroup: Int) -> ArraySlice<Int> {
        node == root ? groupMembers[sourceGroup][...] : targets[offsets[node]..<offsets[node + 1]]
    }

    /// Predecessors of a node, without the root.
    func predecessors(of node: Int) -> ArraySlice<Int> {
        node == root ? [] : sources[reverseOffsets[node]..<reverseOffsets[node + 1]]
    }

    /// Whether the root leads straight to `node` when judging routes from `sourceGroup`.
    func isRootSuccessor(_ node: Int, sourceGroup: Int) -> Bool {
        node < stakeholderCount && groupOfStakeholder[node] == sourceGroup
    }
}
