import KMapModel

/// The flow graph of a map in compact arrays: each node's phase, and successor and predecessor
/// lists in compressed form, over the dense node indices of ``KMap`` (activities, then
/// repositories). Built once in O(V + E); reading it copies no activity or flow values.
struct FlowGraph: Sendable {
    let activityCount: Int
    let nodeCount: Int
    /// The last phase each node serves (the level a walk has after it): -1 for repositories and
    /// for activities with no valid phase.
    let phase: [Int]
    /// The first phase each node serves: the same as ``phase`` except for an activity that also
    /// serves the next phase (`also`).
    let entryPhase: [Int]
    /// The map's framework, which says which phases a walk may pass over.
    let framework: Framework
    private let forwardOffsets: [Int]
    private let forwardTargets: [Int]
    private let backwardOffsets: [Int]
    private let backwardTargets: [Int]

    init(map: KMap) {
        activityCount = map.activities.count
        nodeCount = map.nodeCount
        let phaseCount = map.framework.phases.count
        framework = map.framework
        phase = map.activities.map { $0.phase >= 0 && $0.lastPhase < phaseCount ? $0.lastPhase : -1 }
            + Array(repeating: -1, count: map.repositories.count)
        entryPhase = map.activities.map { $0.phase >= 0 && $0.phase < phaseCount ? $0.phase : -1 }
            + Array(repeating: -1, count: map.repositories.count)
        let edges = map.flows.map { (map.nodeIndex($0.from), map.nodeIndex($0.to)) }
        (forwardOffsets, forwardTargets) = Self.compress(edges, nodeCount: nodeCount, forward: true)
        (backwardOffsets, backwardTargets) = Self.compress(edges, nodeCount: nodeCount, forward: false)
    }

    /// Positions of a node's successors, for ``successor(at:)``.
    func successorPositions(of node: Int) -> Range<Int> { forwardOffsets[node]..<forwardOffsets[node + 1] }

    func successor(at position: Int) -> Int { forwardTargets[position] }

    func successors(of node: Int) -> ArraySlice<Int> { forwardTargets[successorPositions(of: node)] }

    func predecessors(of node: Int) -> ArraySlice<Int> {
        backwardTargets[backwardOffsets[node]..<backwardOffsets[node + 1]]
    }

    /// Successors when `forward`, predecessors otherwise.
    func neighbours(of node: Int, forward: Bool) -> ArraySlice<Int> {
        forward ? successors(of: node) : predecessors(of: node)
    }

    func isRepository(_ node: Int) -> Bool { node >= activityCount }

    /// True when the node has no flow in or out.
    func isIsolated(_ node: Int) -> Bool { successors(of: node).isEmpty && predecessors(of: node).isEmpty }

    /// Breadth-first search without recursion. `enter` decides whether a node is visited and
    /// records the visit (so that it returns false the next time); it is asked for each start and
    /// each neighbour of a visited node. O(visited nodes + their flows).
    func breadthFirst(from starts: [Int], forward: Bool = true, enter: (Int) -> Bool) {
        var queue = starts.filter(enter)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in neighbours(of: node, forward: forward) where enter(next) { queue.append(next) }
        }
    }

    /// Nodes reachable from `starts` (included), following flows forwards or backwards.
    func reachable(from starts: [Int], forward: Bool) -> [Bool] {
        var seen = Array(repeating: false, count: nodeCount)
        breadthFirst(from: starts, forward: forward) { node in
            guard !seen[node] else { return false }
            seen[node] = true
            return true
        }
        return seen
    }

    /// Compressed adjacency: the neighbours of `n` are `targets[offsets[n] ..< offsets[n + 1]]`,
    /// in flow order.
    static func compress(_ edges: [(Int, Int)], nodeCount: Int, forward: Bool) -> (offsets: [Int], targets: [Int]) {
        var offsets = Array(repeating: 0, count: nodeCount + 1)
        for (from, to) in edges { offsets[(forward ? from : to) + 1] += 1 }
        for index in 0..<nodeCount { offsets[index + 1] += offsets[index] }
        var fill = offsets
        var targets = Array(repeating: 0, count: edges.count)
        for (from, to) in edges {
            let key = forward ? from : to
            targets[fill[key]] = forward ? to : from
            fill[key] += 1
        }
        return (offsets, targets)
    }
}
