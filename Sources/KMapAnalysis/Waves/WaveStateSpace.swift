import KMapModel

/// The states of a walk through the cycle, and the moves between them.
///
/// A state is a node plus the walk's *level* (the latest phase visited) and whether the walk has
/// visited every phase up to that level in order (*gapless*). An activity's level is its own phase
/// (for a review, the level of what it reviews: ``Reviews``), so it has two states; a repository
/// passes knowledge through at the level it was entered with, so it has up to two states per
/// phase, created only when reached. A move follows a flow unless
/// the flow leads back to an earlier phase. A walk that enters a review keeps its level, and
/// the review fills the phases it may have jumped over on the way.
///
/// Size: at most 2 x activities + 2 x phases x repositories states and 2 x phases x flows moves.
struct WaveStateSpace {
    let graph: FlowGraph
    let phaseCount: Int
    /// Flows that hand knowledge to the people who judged it (they pass capture and sharing).
    let handOvers: HandOvers
    /// Activities that review a later phase's output, and the level a walk has after each activity.
    let reviews: Reviews
    /// Repository states by `(repository x phases + level) x 2 + gapped`.
    private var repositoryStateIDs: [Int: Int] = [:]
    /// The key of each repository state, indexed by `state - 2 x activities`.
    private var repositoryStateKeys: [Int] = []

    init(graph: FlowGraph, phaseCount: Int, handOvers: HandOvers, reviews: Reviews) {
        self.graph = graph
        self.phaseCount = phaseCount
        self.handOvers = handOvers
        self.reviews = reviews
    }

    /// Number of states created so far.
    var count: Int { 2 * graph.activityCount + repositoryStateKeys.count }

    /// The state of activity `activity`.
    func activityState(_ activity: Int, gapless: Bool) -> Int { 2 * activity + (gapless ? 0 : 1) }

    func activityState(_ activity: ActivityIndex, gapless: Bool) -> Int { activityState(activity.position, gapless: gapless) }

    /// The dense node index, level and gaplessness of a state.
    func decode(_ state: Int) -> (node: Int, level: Int, gapless: Bool) {
        if state < 2 * graph.activityCount {
            return (state / 2, reviews.levels[state / 2], state % 2 == 0)
        }
        let key = repositoryStateKeys[state - 2 * graph.activityCount]
        let slot = key / 2
        return (graph.activityCount + slot / phaseCount, slot % phaseCount, key % 2 == 0)
    }

    /// Whether `state` is a repository's state (knowledge leaving it is pulled).
    func isRepositoryState(_ state: Int) -> Bool { state >= 2 * graph.activityCount }

    /// The ``NodeRef`` of a dense node index.
    func ref(_ node: Int) -> NodeRef {
        graph.node(at: node)
    }

    /// The phases the flow at forward `position`, leaving `node`, performs on its way: a flow out
    /// of a repository passes the framework's pull phases by the pull, and a hand-over passes
    /// capture and sharing (see ``HandOvers``).
    func passing(from node: Int, along position: Int) -> Set<Int> {
        if graph.isRepository(node) { return graph.framework.pullPhases }
        return handOvers.isHandOver(at: position) ? handOvers.phases : []
    }

    /// The state reached from `node` at `level` (`gapless` or not) along the flow at forward
    /// `position`, or nil when the flow leads back to an earlier phase. The walk stays gapless
    /// unless the flow passes over a phase the framework requires (optional phases and
    /// alternatives may be passed over, and so may the phases the flow performs, ``passing(from:along:)``).
    /// Creates repository states on first use.
    mutating func move(from node: Int, level: Int, gapless: Bool, along position: Int) -> Int? {
        let target = graph.successor(at: position)
        guard graph.isRepository(target) else {
            guard reviews.levels[target] >= level else { return nil }
            if reviews.isReview[target] { return activityState(target, gapless: gapless || reviews.fillsGap[target]) }
            let entry = graph.entryPhase[target]
            let passing = passing(from: node, along: position)
            return activityState(target, gapless: gapless && !graph.framework.leavesGap(from: level, to: entry, passing: passing))
        }
        let key = ((target - graph.activityCount) * phaseCount + level) * 2 + (gapless ? 0 : 1)
        if let existing = repositoryStateIDs[key] { return existing }
        let id = count
        repositoryStateIDs[key] = id
        repositoryStateKeys.append(key)
        return id
    }
}
