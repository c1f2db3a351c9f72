import KMapModel
import KMapRender

/// A simple wave grouping for diagram tests: declared waves with their activities, and one wave
/// per generation activity outside them, made of every node reachable from it along flows that
/// do not go back to an earlier phase.
enum FixtureWaves {
    static func input(_ map: KMap, marks: [DiagramMark] = []) -> DiagramInput {
        DiagramInput(map: map, waves: waves(map), marks: marks)
    }

    static func waves(_ map: KMap) -> [DiagramWave] {
        let declared = map.waves.map { wave in
            let nodes = wave.activities.map(NodeRef.activity)
            let reached = Set(nodes.compactMap(map.phase(of:)))
            return DiagramWave(
                id: wave.id, label: wave.label, nodes: nodes,
                missingPhases: map.framework.phases.indices.filter { !reached.contains($0) }, isClosed: true)
        }
        return declared + map.activities.indices.filter { map.activities[$0].phase == 0 && map.activities[$0].wave == nil }.map { start in
            var seen: Set<Int> = [start]
            var order = [start]
            var queue = [start]
            while let node = queue.popLast() {
                for next in map.successors(of: node) where !seen.contains(next) && isForward(map, node, next) {
                    seen.insert(next)
                    order.append(next)
                    queue.append(next)
                }
            }
            let nodes = order.map(map.node(at:))
            let reached = Set(nodes.compactMap(map.phase(of:)))
            let closed = nodes.contains { node in
                map.phase(of: node) == map.framework.lastPhase
                    && map.successors(of: map.nodeIndex(node)).contains { map.phase(of: map.node(at: $0)) == 0 }
            }
            let activity = map.activities[start]
            return DiagramWave(
                id: activity.id, label: activity.label, nodes: nodes,
                missingPhases: map.framework.phases.indices.filter { !reached.contains($0) }, isClosed: closed)
        }
    }

    private static func isForward(_ map: KMap, _ from: Int, _ to: Int) -> Bool {
        guard let target = map.phase(of: map.node(at: to)) else { return true }
        return target > (map.phase(of: map.node(at: from)) ?? -1)
    }
}
