import KMapModel

/// Finds the waves of a map and how far each one travels through the cycle.
///
/// A wave starts at each generation activity (or at the generation activities of a declared
/// `wave` block) and follows flows whose target is in the same or a later phase; repositories pass
/// knowledge through. It is *complete* when some path visits every phase in order, and *closed*
/// when one of its last-phase activities flows back, directly or through other nodes, to a
/// generation activity. All waves together take O(phases x (V + E)): paths are read on demand
/// from links all waves share (``WavePath``), so waves running into one long tail cost nothing extra.
public enum WaveAnalysis {
    /// The waves of `map`, in source order (declared waves at their `wave` line, undeclared waves
    /// at their generation activity).
    public static func waves(of map: KMap) -> [WaveResult] {
        let graph = map.graph
        return waves(of: map, graph: graph, facts: FlowGraphFacts(map: map))
    }

    static func waves(of map: KMap, graph: FlowGraph, facts: FlowGraphFacts) -> [WaveResult] {
        let phaseCount = map.framework.phases.count
        guard phaseCount > 0 else { return [] }
        let seeds = seeds(of: map)
        let handOvers = HandOvers(map: map, roles: PhaseRoles(framework: map.framework))
        let space = WaveStateSpace(graph: graph, phaseCount: phaseCount, handOvers: handOvers, reviews: facts.reviews)
        let starts = seeds.flatMap { seed in seed.starts.map { space.activityState($0, gapless: seed.gapless) } }
        let components = WaveComponents(space: space, starts: starts, loopsBack: facts.loopsBack,
                                        nodeRank: IDOrder.nodeRanks(of: map))
        let links = components.pathLinks()
        return seeds.compactMap { seed in
            result(for: seed, map: map, components: components, links: links)
        }
    }

    /// Where a wave starts.
    private struct Seed {
        var id: String
        var label: String
        var declared: Bool
        var starts: [ActivityIndex]
        /// False for a declared wave without a generation activity: it starts out of order.
        var gapless: Bool
        var position: Int
    }

    private static func seeds(of map: KMap) -> [Seed] {
        var seeds: [Seed] = []
        var declaredStarts = Array(repeating: [ActivityIndex](), count: map.waves.count)
        for index in map.activities.modelIndices where map[index].phase == 0 {
            if let wave = map[index].wave {
                declaredStarts[wave.position].append(index)
            } else {
                let activity = map[index]
                seeds.append(Seed(id: activity.id, label: activity.label, declared: false, starts: [index],
                                  gapless: true, position: activity.range.start))
            }
        }
        for (index, wave) in map.waves.enumerated() {
            var starts = declaredStarts[index]
            var gapless = true
            if starts.isEmpty {
                let members = wave.activities.filter { map[$0].phase >= 0 && map[$0].phase < map.framework.phases.count }
                guard let earliest = members.map({ map[$0].phase }).min() else { continue }
                starts = members.filter { map[$0].phase == earliest }
                gapless = false
            }
            // In id order, so the wave's start does not depend on the order of the file.
            starts.sort { map[$0].id < map[$1].id }
            seeds.append(Seed(id: wave.id, label: wave.label, declared: true, starts: starts, gapless: gapless,
                              position: wave.range.start))
        }
        // Sorting indices moves integers, not seeds; the seeds are nearly in order already.
        let order = seeds.indices.sorted { (seeds[$0].position, seeds[$0].id) < (seeds[$1].position, seeds[$1].id) }
        return order.map { seeds[$0] }
    }

    private static func result(for seed: Seed, map: KMap, components: WaveComponents, links: WavePathLinks) -> WaveResult? {
        let space = components.space
        let states = seed.starts.map { space.activityState($0, gapless: seed.gapless) }
        let explored = states.compactMap { state in components.componentOf(state).map { (state, $0) } }
        guard let first = explored.first else { return nil }
        let phaseCount = map.framework.phases.count
        let best = explored.dropFirst().reduce(first) { components.bestKey(of: $1.1) > components.bestKey(of: $0.1) ? $1 : $0 }
        let reached = (0..<phaseCount).map { phase in explored.contains { components.reaches($0.1, phase: phase) } }
        let gaplessLevel = explored.map { components.gaplessLevel(of: $0.1) }.max() ?? -1
        let path = WavePath(links: links, first: best.0)
        let lastActivity = path.lastActivity.flatMap(map.graph.activity(at:)) ?? seed.starts[0]
        return WaveResult(
            id: seed.id, label: seed.label, declared: seed.declared, starts: seed.starts,
            reached: reached, furthestPhase: map[lastActivity].phase, lastActivity: lastActivity,
            isComplete: gaplessLevel == phaseCount - 1,
            isClosed: explored.contains { components.closesLoop($0.1) },
            path: path, missingPhases: (1..<max(1, phaseCount)).filter { !map.framework.isAttended($0, reached: reached) }
        )
    }
}
