import KMapModel

/// Which row of the waves view each activity is drawn in.
///
/// An activity declared in a `wave` block goes to that wave's row; one on a wave's path goes to
/// the first wave that lists it. The others go to the nearest wave that reaches them along flows
/// that do not go back to an earlier phase (through repositories too), as the analysis defines a
/// wave; only activities no wave reaches are left for the "in no wave" row. A breadth-first walk from every listed activity claims each node once, so the work is
/// linear in nodes and flows.
enum WaveRows {
    static func assign(_ input: DiagramInput) -> [Int?] {
        let map = input.map
        var row = [Int?](repeating: nil, count: map.nodeCount)
        var queue: [Int] = []
        // Activities of a `wave` block first, so another wave's path cannot take them away.
        for declaredOnly in [true, false] {
            for (wave, diagramWave) in input.waves.enumerated() {
                let nodes = declaredOnly ? diagramWave.nodes.prefix(diagramWave.declaredCount) : diagramWave.nodes[...]
                for case .activity(let index) in nodes where row[index.position] == nil {
                    row[index.position] = wave
                    queue.append(index.position)
                }
            }
        }
        var next = 0
        while next < queue.count {
            let node = queue[next]
            next += 1
            let phase = map.phase(of: map.node(at: node))
            for successor in map.successors(of: node) where row[successor] == nil {
                let target = map.phase(of: map.node(at: successor))
                if let phase, let target, target < phase { continue }
                row[successor] = row[node]
                queue.append(successor)
            }
        }
        return Array(row.prefix(map.activities.count))
    }
}
