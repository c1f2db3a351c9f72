import KMapModel

/// Whole-graph reachability facts the waves and several rules share, each computed in O(V + E)
/// with breadth-first searches over the flow graph (dense node indices of ``KMap``).
struct FlowGraphFacts {
    /// Per activity: whether a path of one or more flows leads from it to a generation activity.
    let reachesGeneration: [Bool]
    /// Per node: whether some generation activity reaches it along flows (generation itself included).
    let fedByGeneration: [Bool]
    /// Per repository: the latest phase of the activities that put knowledge into it, directly or
    /// through other repositories, or -1 when no activity does.
    let repositoryLevel: [Int]

    init(map: KMap) {
        let generation = map.activities.indices.filter { map.activities[$0].phase == 0 }
        let generationNodes = generation.map { map.nodeIndex(.activity($0)) }
        let backwards = Self.search(map, from: generationNodes.flatMap { map.predecessors(of: $0) }, forward: false)
        reachesGeneration = Array(backwards.prefix(map.activities.count))
        fedByGeneration = Self.search(map, from: generationNodes, forward: true)
        repositoryLevel = Self.repositoryLevels(map)
    }

    /// The phases a flow jumps over: the phases strictly between its source's level (an activity's
    /// phase, or a repository's level) and the phase of the activity it leads to.
    func skippedPhases(of flow: Flow, in map: KMap) -> Range<Int> {
        guard case .activity(let target) = flow.to else { return 0..<0 }
        let level: Int
        switch flow.from {
        case .activity(let source): level = map.activities[source].phase
        case .repository(let repository): level = repositoryLevel[repository]
        }
        let phase = map.activities[target].phase
        return level >= 0 && phase > level + 1 ? (level + 1)..<phase : 0..<0
    }

    /// Each repository's level: feeding activities are visited from the latest phase down, and a
    /// repository keeps the first (latest) level that reaches it through repository-only paths.
    /// O(V + E + phases).
    private static func repositoryLevels(_ map: KMap) -> [Int] {
        var levels = Array(repeating: -1, count: map.repositories.count)
        var byPhase = Array(repeating: [Int](), count: map.framework.phases.count)
        for (index, activity) in map.activities.enumerated() where byPhase.indices.contains(activity.phase) {
            byPhase[activity.phase].append(index)
        }
        for phase in byPhase.indices.reversed() {
            var queue: [Int] = []
            for activity in byPhase[phase] {
                for flow in map.outgoing[map.nodeIndex(.activity(activity))] {
                    if case .repository(let repository) = map.flows[flow].to, levels[repository] < 0 {
                        levels[repository] = phase
                        queue.append(repository)
                    }
                }
            }
            var head = 0
            while head < queue.count {
                let repository = queue[head]
                head += 1
                for flow in map.outgoing[map.nodeIndex(.repository(repository))] {
                    if case .repository(let next) = map.flows[flow].to, levels[next] < 0 {
                        levels[next] = phase
                        queue.append(next)
                    }
                }
            }
        }
        return levels
    }

    /// Nodes reachable from `starts` (included), following flows forwards or backwards.
    static func search(_ map: KMap, from starts: [Int], forward: Bool) -> [Bool] {
        var seen = Array(repeating: false, count: map.nodeCount)
        var queue: [Int] = []
        for start in starts where !seen[start] {
            seen[start] = true
            queue.append(start)
        }
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for flow in forward ? map.outgoing[node] : map.incoming[node] {
                let next = map.nodeIndex(forward ? map.flows[flow].to : map.flows[flow].from)
                if !seen[next] {
                    seen[next] = true
                    queue.append(next)
                }
            }
        }
        return seen
    }
}
