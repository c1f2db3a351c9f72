import KMapModel

/// Flows that hand knowledge straight to the people who judged or packaged it.
///
/// Capture and sharing carry knowledge to people who were not there when it was judged. When an
/// application is run only by owners of the activity that judged (or packaged) the knowledge, as
/// when a district team's performance review leads to the same team's action plan, the people who
/// act were in the room: the flow passes over capture and sharing without losing anything, and
/// the wave goes on as if it had visited them. A flow that also jumps over consolidation is no
/// hand-over: one team's raw results are not yet knowledge, whoever acts on them.
struct HandOvers: Sendable {
    /// The phases a hand-over passes over: the framework's capture and sharing steps, and the
    /// phases a pull from a repository performs (APQC's share and access).
    let phases: Set<Int>
    /// Per position in the flow graph's forward adjacency: whether that flow is a hand-over.
    private let byPosition: [Bool]

    init(map: KMap, roles: PhaseRoles) {
        let phases = Self.phases(of: map.framework, roles: roles)
        self.phases = phases
        let graph = map.graph
        var byPosition = Array(repeating: false, count: map.flows.count)
        for node in 0..<graph.activityCount {
            for (position, flow) in zip(graph.successorPositions(of: node), graph.outgoingFlows(of: node)) {
                byPosition[position] = Self.isHandOver(map.flows[flow], in: map, passing: phases)
            }
        }
        self.byPosition = byPosition
    }

    /// The phases a hand-over passes over in `framework`: its capture and sharing steps and the
    /// phases a pull performs.
    static func phases(of framework: Framework, roles: PhaseRoles) -> Set<Int> {
        Set([roles.capture, roles.sharing].compactMap { $0 }).union(framework.pullPhases)
    }

    /// Whether the flow at `position` of the forward adjacency is a hand-over.
    func isHandOver(at position: Int) -> Bool { byPosition[position] }

    /// Whether `flow` is a hand-over: an activity's knowledge goes to an application (the last
    /// phase) whose owners all ran that activity, passing over only `phases`.
    static func isHandOver(_ flow: Flow, in map: KMap, passing phases: Set<Int>) -> Bool {
        guard case .activity(let source) = flow.from, case .activity(let target) = flow.to else { return false }
        let framework = map.framework
        let applier = map[target]
        guard applier.phase == framework.phases.count - 1, !applier.owners.isEmpty else { return false }
        let level = map[source].lastPhase
        guard level >= 0, applier.phase > level + 1 else { return false }
        let jumped = (level + 1..<applier.phase).filter { !framework.isSkippable($0, between: level, and: applier.phase) }
        guard !jumped.isEmpty, jumped.allSatisfy(phases.contains) else { return false }
        let judges = Set(map[source].owners)
        return applier.owners.allSatisfy(judges.contains)
    }
}
