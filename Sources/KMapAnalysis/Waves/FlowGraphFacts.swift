import KMapModel

/// Whole-graph reachability facts the waves and several rules share, each computed in O(V + E)
/// with breadth-first searches over the ``FlowGraph``.
struct FlowGraphFacts: Sendable {
    /// Per activity: whether a path of one or more flows leads from it to a generation activity.
    let reachesGeneration: [Bool]
    /// Per activity: whether its loop closes, back to generation or into a study of its results
    /// (see ``LoopClosure``).
    let loopsBack: [Bool]
    /// Per node: whether some generation activity reaches it along flows (generation itself included).
    let fedByGeneration: [Bool]
    /// Per repository: the latest phase of the activities that put knowledge into it, directly or
    /// through other repositories, or -1 when no activity does.
    let repositoryLevel: [Int]
    /// The activities that review what a later phase produced, and each activity's level.
    let reviews: Reviews

    init(map: KMap) {
        let graph = map.graph
        let phaseCount = map.framework.phases.count
        let reviews = Reviews(graph: graph, phaseCount: phaseCount)
        self.reviews = reviews
        let generation = (0..<graph.activityCount).filter { graph.entryPhase[$0] == 0 }
        let backwards = graph.reachable(from: generation.flatMap { graph.predecessors(of: $0) }, forward: false)
        let reachesGeneration = Array(backwards.prefix(graph.activityCount))
        self.reachesGeneration = reachesGeneration
        loopsBack = LoopClosure.loopsBack(map: map, graph: graph, reachesGeneration: reachesGeneration)
        fedByGeneration = graph.reachable(from: generation, forward: true)
        repositoryLevel = Self.repositoryLevels(graph, levels: reviews.levels, phaseCount: phaseCount)
    }

    /// The phases a flow jumps over: the phases strictly between its source's level (the last
    /// phase an activity serves, or a repository's level) and the first phase of the activity it
    /// leads to, except those the framework lets a wave pass over (optional phases, and
    /// alternatives of either end, and the pull phases when the source is a repository: looking
    /// knowledge up in a reviewed repository is sharing by pull, not a skipped step), and those a
    /// review of the target performs afterwards (see ``Reviews``). A hand-over to the people who
    /// judged the knowledge skips nothing (see ``HandOvers``).
    func skippedPhases(of flow: Flow, in map: KMap, handOverPhases: Set<Int>) -> [Int] {
        guard case .activity(let target) = flow.to else { return [] }
        let level = sourceLevel(of: flow, in: map)
        let node = map.nodeIndex(.activity(target))
        let phase = map.graph.entryPhase[node]
        guard level >= 0, phase > level + 1 else { return [] }
        if HandOvers.isHandOver(flow, in: map, passing: handOverPhases) { return [] }
        var passing = if case .repository = flow.from { map.framework.pullPhases } else { Set<Int>() }
        passing.formUnion(reviews.phasesReviewed(after: node, in: map.graph))
        return (level + 1..<phase).filter { !map.framework.isSkippable($0, between: level, and: phase, passing: passing) }
    }

    /// The level knowledge has when it leaves a flow's source: the last phase an activity serves
    /// (for a review, the level of what it reviews), or a repository's level (-1 when nothing
    /// feeds the repository).
    func sourceLevel(of flow: Flow, in map: KMap) -> Int {
        switch flow.from {
        case .activity(let source):
            let node = map.nodeIndex(.activity(source))
            return reviews.isReview[node] ? reviews.levels[node] : map[source].lastPhase
        case .repository(let repository):
            return repositoryLevel[repository.position]
        }
    }

    /// Each repository's level: feeding activities are taken from the latest phase down, and a
    /// repository keeps the first (latest) level that reaches it through repository-only paths.
    /// O(V + E + phases).
    private static func repositoryLevels(_ graph: FlowGraph, levels activityLevels: [Int], phaseCount: Int) -> [Int] {
        var levels = Array(repeating: -1, count: graph.nodeCount - graph.activityCount)
        var byPhase = Array(repeating: [Int](), count: phaseCount)
        for activity in 0..<graph.activityCount where byPhase.indices.contains(activityLevels[activity]) {
            byPhase[activityLevels[activity]].append(activity)
        }
        for phase in byPhase.indices.reversed() {
            graph.breadthFirst(from: byPhase[phase].flatMap { graph.successors(of: $0) }) { node in
                guard graph.isRepository(node), levels[node - graph.activityCount] < 0 else { return false }
                levels[node - graph.activityCount] = phase
                return true
            }
        }
        return levels
    }
}
