import KMapModel

/// The states of a walk through the cycle, and the moves between them.
///
/// A state is a node plus the walk's *level* (the latest phase visited) and whether the walk has
/// visited every phase up to that level in order (*gapless*). An activity's level is its own phase,
/// so it has two states; a repository passes knowledge through at the level it was entered with,
/// so it has up to two states per phase, created only when reached. A move follows a flow unless
/// the flow leads back to an earlier phase.
///
/// Size: at most 2 x activities + 2 x phases x repositories states and 2 x phases x flows moves.
struct WaveStateSpace {
    let map: KMap
    let phaseCount: Int
    private let activityCount: Int
    /// Repository states by `(repository x phases + level) x 2 + gapped`.
    private var repositoryStateIDs: [Int: Int] = [:]
    /// The key of each repository state, indexed by `state - 2 x activities`.
    private var repositoryStateKeys: [Int] = []

    init(map: KMap) {
        self.map = map
        phaseCount = map.framework.phases.count
        activityCount = map.activities.count
    }

    /// Number of states created so far.
    var count: Int { 2 * activityCount + repositoryStateKeys.count }

    /// The state of activity `activity`.
    func activityState(_ activity: Int, gapless: Bool) -> Int { 2 * activity + (gapless ? 0 : 1) }

    /// A node, level and gaplessness decoded from a state.
    func decode(_ state: Int) -> (node: NodeRef, level: Int, gapless: Bool) {
        if state < 2 * activityCount {
            let activity = state / 2
            return (.activity(activity), map.activities[activity].phase, state % 2 == 0)
        }
        let key = repositoryStateKeys[state - 2 * activityCount]
        let slot = key / 2
        return (.repository(slot / phaseCount), slot % phaseCount, key % 2 == 0)
    }

    /// The flows leaving a state's node, as indices into ``KMap/flows``.
    func flows(from state: Int) -> [Int] {
        map.outgoing[map.nodeIndex(decode(state).node)]
    }

    /// True when `activity` has a phase of the framework (anything else is ignored by the walk).
    func hasValidPhase(_ activity: Int) -> Bool {
        let phase = map.activities[activity].phase
        return phase >= 0 && phase < phaseCount
    }

    /// The state reached from `state` along flow `flow`, or nil when the flow leads back to an
    /// earlier phase. Creates repository states on first use.
    mutating func move(from state: Int, along flow: Int) -> Int? {
        let (_, level, gapless) = decode(state)
        switch map.flows[flow].to {
        case .activity(let target):
            guard hasValidPhase(target) else { return nil }
            let phase = map.activities[target].phase
            guard phase >= level else { return nil }
            return activityState(target, gapless: gapless && phase <= level + 1)
        case .repository(let repository):
            let key = (repository * phaseCount + level) * 2 + (gapless ? 0 : 1)
            if let existing = repositoryStateIDs[key] { return existing }
            let id = count
            repositoryStateIDs[key] = id
            repositoryStateKeys.append(key)
            return id
        }
    }
}
