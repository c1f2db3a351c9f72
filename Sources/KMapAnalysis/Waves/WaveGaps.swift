import KMapModel

/// A phase one wave never reaches, and where on the wave's most complete path the gap is.
public struct WaveGap: Hashable, Sendable {
    /// Index into ``AnalysisContext/waves``.
    public var wave: Int
    public var phase: Int
    /// The last activity on the path before the missing phase: where the finding points.
    public var anchor: Int
    /// For a phase the path jumps over, the flow that jumps (index into ``KMap/flows``).
    public var jumpFlow: Int?

    /// The gaps of every wave, wave by wave and phase by phase. O(total path length x phases).
    static func all(waves: [WaveResult], map: KMap) -> [WaveGap] {
        var gaps: [WaveGap] = []
        for (waveIndex, wave) in waves.enumerated() {
            let steps = wave.path.map { ref in (ref, map.phase(of: ref)) }
            for phase in wave.missingPhases {
                // The last activity before `phase`, and the first step past it (if the path jumps it).
                var anchor = wave.start
                var jumpFlow: Int?
                for (position, step) in steps.enumerated() {
                    guard let stepPhase = step.1, case .activity(let activity) = step.0 else { continue }
                    if stepPhase < phase {
                        anchor = activity
                    } else if stepPhase > phase {
                        if position > 0 { jumpFlow = flowIndex(from: steps[position - 1].0, to: step.0, in: map) }
                        break
                    }
                }
                gaps.append(WaveGap(wave: waveIndex, phase: phase, anchor: anchor, jumpFlow: jumpFlow))
            }
        }
        return gaps
    }

    private static func flowIndex(from source: NodeRef, to target: NodeRef, in map: KMap) -> Int? {
        map.outgoing[map.nodeIndex(source)].first { map.flows[$0].to == target }
    }
}
