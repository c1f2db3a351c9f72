import KMapModel

/// The directed graph of stakeholders, activities and repositories that ``BrokerAnalysis`` measures,
/// in compressed adjacency form. Node numbering: stakeholders, then activities, then repositories.
struct KnowledgeGraph {
    let nodeCount: Int
    private(set) var edgeCount = 0
    /// Outgoing edges: targets of node `n` are `targets[offsets[n] ..< offsets[n + 1]]`.
    private var offsets: [Int]
    private var targets: [Int]
    /// Incoming edges, in the same layout.
    private var reverseOffsets: [Int]
    private var sources: [Int]

    init(map: KMap) {
        let stakeholderCount = map.stakeholders.count
        let activityBase = stakeholderCount
        let repositoryBase = stakeholderCount + map.activities.count
        nodeCount = repositoryBase + map.repositories.count
        func node(_ ref: NodeRef) -> Int {
            switch ref {
            case .activity(let i): activityBase + i.position
            case .repository(let i): repositoryBase + i.position
            }
        }
        var edges: [(Int, Int)] = []
        for (index, activity) in map.activities.enumerated() {
            for owner in activity.owners {
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
        for flow in map.flows { edges.append((node(flow.from), node(flow.to))) }
        edgeCount = edges.count
        (offsets, targets) = FlowGraph.compress(edges, nodeCount: nodeCount, forward: true)
        (reverseOffsets, sources) = FlowGraph.compress(edges, nodeCount: nodeCount, forward: false)
    }

    /// Normalised betweenness of every stakeholder over routes between stakeholders (Brandes),
    /// from the given source stakeholders, scaled to the whole set when sampled.
    /// O(sources x (nodes + edges)) time, O(nodes) memory.
    func stakeholderBetweenness(sources chosen: [Int], stakeholderCount: Int) -> [Double] {
        var centrality = Array(repeating: 0.0, count: stakeholderCount)
        guard stakeholderCount > 2, !chosen.isEmpty else { return centrality }
        var distance = Array(repeating: -1, count: nodeCount)
        var paths = Array(repeating: 0.0, count: nodeCount)
        var dependency = Array(repeating: 0.0, count: nodeCount)
        var order: [Int] = []
        order.reserveCapacity(nodeCount)
        for source in chosen {
            for node in order {
                distance[node] = -1
                paths[node] = 0
                dependency[node] = 0
            }
            order.removeAll(keepingCapacity: true)
            distance[source] = 0
            paths[source] = 1
            order.append(source)
            var head = 0
            while head < order.count {
                let node = order[head]
                head += 1
                for next in targets[offsets[node]..<offsets[node + 1]] {
                    if distance[next] < 0 {
                        distance[next] = distance[node] + 1
                        order.append(next)
                    }
                    if distance[next] == distance[node] + 1 { paths[next] += paths[node] }
                }
            }
            for node in order.reversed() where node != source {
                let share = (node < stakeholderCount ? 1.0 : 0.0) + dependency[node]
                for previous in sources[reverseOffsets[node]..<reverseOffsets[node + 1]]
                where distance[previous] >= 0 && distance[previous] == distance[node] - 1 {
                    dependency[previous] += paths[previous] / paths[node] * share
                }
                if node < stakeholderCount { centrality[node] += dependency[node] }
            }
        }
        let scale = Double(stakeholderCount) / Double(chosen.count)
        let pairs = Double((stakeholderCount - 1) * (stakeholderCount - 2))
        return centrality.map { value in
            let normalised = value * scale / pairs
            return normalised.isFinite ? min(1, normalised) : 0
        }
    }
}
