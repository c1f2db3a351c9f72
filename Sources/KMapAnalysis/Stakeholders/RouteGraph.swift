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
    /// Per group, its members: the root's successors when judging routes from that group.
    let groupMembers: [[Int]]
    /// Per stakeholder, the index of its group among the groups of several members, or nil.
    let groupOfStakeholder: [Int?]
    /// Successors of node `n` (the root's are ``groupMembers``): `targets[offsets[n] ..< offsets[n + 1]]`.
    let offsets: [Int]
    let targets: [Int]
    /// Predecessors of node `n` (the root never among them): `sources[reverseOffsets[n] ..< reverseOffsets[n + 1]]`.
    let reverseOffsets: [Int]
    let sources: [Int]

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
        for index in map.activities.indices {
            let owners = map.activities[index].owners
            // Teams of several groups that each act on what they learned do not meet by acting:
            // such an application carries nothing between its owners.
            let actsApart = map.activities[index].phase == lastPhase && Set(owners.map { map.stakeholders[$0].group }).count > 1
            for owner in owners where !actsApart {
                edges.append((owner.position, activityBase + index))
                edges.append((activityBase + index, owner.position))
            }
            for member in map.activities[index].audience {
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
}
