/// The flows of a map as a graph, built once with the map and shared by every stage that walks
/// it (the analysis, the broker measures, the diagram layout, the diff's evidence).
///
/// Nodes are numbered activities first (`0 ..< activityCount`), then repositories (see
/// ``KMap/nodeIndex(_:)``). Each direction is stored as compressed adjacency, one array of
/// offsets and one of neighbours (and one of flow indices), in flow order: a map of a million
/// activities is a few flat arrays, and every walk is linear in what it visits. The accessors are
/// inlinable: the analysis calls them in its innermost loops, from another module.
public struct FlowGraph: Sendable {
    public let activityCount: Int
    public let nodeCount: Int
    /// The last phase each node serves (the level a walk has after it): -1 for repositories and
    /// for activities with no valid phase.
    public let phase: [Int]
    /// The first phase each node serves: the same as ``phase`` except for an activity that also
    /// serves the next phase (`also`), and for a sharing activity named like a knowledge product
    /// (a brief, a report, a newsletter: ``KnowledgeProduct``), which packages what it shares and
    /// so serves the framework's capture step just before it. -1 for repositories.
    public let entryPhase: [Int]
    /// The map's framework, which says which phases a walk may pass over.
    public let framework: Framework
    @usableFromInline let forward: Adjacency
    @usableFromInline let backward: Adjacency

    /// The graph of `flows` between `activities` and `repositoryCount` repositories.
    public init(activities: [Activity], repositoryCount: Int, flows: [Flow], framework: Framework) {
        activityCount = activities.count
        nodeCount = activities.count + repositoryCount
        self.framework = framework
        let phaseCount = framework.phases.count
        let none = Array(repeating: -1, count: repositoryCount)
        // Fields read in place by index: a closure over `Activity` would copy every activity.
        phase = activities.indices.map { index in
            let activity = activities[index].phase, last = activities[index].lastPhase
            return activity >= 0 && last < phaseCount ? last : -1
        } + none
        entryPhase = activities.indices.map { index in
            let phase = activities[index].phase
            guard phase >= 0, phase < phaseCount else { return -1 }
            if let capture = framework.capturePhase, phase == capture + 1, framework.pullPhases.contains(phase),
               KnowledgeProduct.isNamed(in: activities[index].label) {
                return capture
            }
            return phase
        } + none
        let count = activities.count
        let edges = flows.map { (Self.index(of: $0.from, activityCount: count), Self.index(of: $0.to, activityCount: count)) }
        forward = Adjacency(edges, nodeCount: nodeCount, forward: true)
        backward = Adjacency(edges, nodeCount: nodeCount, forward: false)
    }

    /// The dense number of a node: activities first, then repositories.
    @inlinable
    public func index(of ref: NodeRef) -> Int { Self.index(of: ref, activityCount: activityCount) }

    @inlinable
    static func index(of ref: NodeRef, activityCount: Int) -> Int {
        switch ref {
        case .activity(let i): i.position
        case .repository(let i): activityCount + i.position
        }
    }

    /// The node with a dense number (`0 ..< nodeCount`).
    @inlinable
    public func node(at index: Int) -> NodeRef {
        index < activityCount ? .activity(ActivityIndex(index)) : .repository(RepositoryIndex(index - activityCount))
    }

    /// The activity with a dense number, or nil when the number is a repository's.
    @inlinable
    public func activity(at index: Int) -> ActivityIndex? { index < activityCount ? ActivityIndex(index) : nil }

    /// Positions of a node's successors, for ``successor(at:)``.
    @inlinable
    public func successorPositions(of node: Int) -> Range<Int> { forward.positions(of: node) }

    @inlinable
    public func successor(at position: Int) -> Int { forward.neighbours[position] }

    /// The nodes a node's flows lead to, in flow order.
    @inlinable
    public func successors(of node: Int) -> ArraySlice<Int> { forward.neighbours[forward.positions(of: node)] }

    /// The nodes whose flows lead to a node, in flow order.
    @inlinable
    public func predecessors(of node: Int) -> ArraySlice<Int> { backward.neighbours[backward.positions(of: node)] }

    /// The flows leaving a node, as indices into ``KMap/flows``, in flow order.
    @inlinable
    public func outgoingFlows(of node: Int) -> ArraySlice<Int> { forward.flows[forward.positions(of: node)] }

    /// The flows entering a node, as indices into ``KMap/flows``, in flow order.
    @inlinable
    public func incomingFlows(of node: Int) -> ArraySlice<Int> { backward.flows[backward.positions(of: node)] }

    /// Successors when `forward`, predecessors otherwise.
    @inlinable
    public func neighbours(of node: Int, forward: Bool) -> ArraySlice<Int> {
        forward ? successors(of: node) : predecessors(of: node)
    }

    @inlinable
    public func isRepository(_ node: Int) -> Bool { node >= activityCount }

    /// True when the node has no flow in or out.
    @inlinable
    public func isIsolated(_ node: Int) -> Bool { successors(of: node).isEmpty && predecessors(of: node).isEmpty }

    /// Breadth-first search without recursion. `enter` decides whether a node is visited and
    /// records the visit (so that it returns false the next time); it is asked for each start and
    /// each neighbour of a visited node. O(visited nodes + their flows).
    @inlinable
    public func breadthFirst(from starts: [Int], forward: Bool = true, enter: (Int) -> Bool) {
        var queue = starts.filter(enter)
        var head = 0
        while head < queue.count {
            let node = queue[head]
            head += 1
            for next in neighbours(of: node, forward: forward) where enter(next) { queue.append(next) }
        }
    }

    /// Nodes reachable from `starts` (included), following flows forwards or backwards.
    @inlinable
    public func reachable(from starts: [Int], forward: Bool) -> [Bool] {
        var seen = Array(repeating: false, count: nodeCount)
        breadthFirst(from: starts, forward: forward) { node in
            guard !seen[node] else { return false }
            seen[node] = true
            return true
        }
        return seen
    }
}

/// One direction of the graph: the neighbours of node `n` are
/// `neighbours[offsets[n] ..< offsets[n + 1]]`, reached by the flows at the same positions.
@usableFromInline
struct Adjacency: Sendable {
    @usableFromInline let offsets: [Int]
    @usableFromInline let flows: [Int]
    @usableFromInline let neighbours: [Int]

    init(_ edges: [(Int, Int)], nodeCount: Int, forward: Bool) {
        let flowsByNode = edges.enumerated().map { flow, edge in (forward ? edge.0 : edge.1, flow) }
        (offsets, flows) = FlowGraph.compress(flowsByNode, nodeCount: nodeCount, forward: true)
        neighbours = flows.map { forward ? edges[$0].1 : edges[$0].0 }
    }

    @inlinable
    func positions(of node: Int) -> Range<Int> { offsets[node]..<offsets[node + 1] }
}

extension FlowGraph {
    /// Compressed adjacency of `edges` between `nodeCount` nodes: the neighbours of `n` are
    /// `targets[offsets[n] ..< offsets[n + 1]]`, in edge order (successors when `forward`,
    /// predecessors otherwise). O(nodes + edges).
    public static func compress(_ edges: [(Int, Int)], nodeCount: Int, forward: Bool) -> (offsets: [Int], targets: [Int]) {
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
