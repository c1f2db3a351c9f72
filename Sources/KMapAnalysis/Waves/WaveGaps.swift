import KMapModel

/// A phase one wave never reaches, and where on the wave's most complete path the gap is.
public struct WaveGap: Hashable, Sendable {
    /// Index into ``AnalysisContext/waves``.
    public var wave: Int
    public var phase: Int
    /// The last activity on the path before the missing phase: where the finding points.
    public var anchor: ActivityIndex
    /// For a phase the path jumps over, the flow that jumps (index into ``KMap/flows``).
    public var jumpFlow: Int?

    /// The gaps of every wave, wave by wave and phase by phase. O(waves x phases^2): each lookup
    /// moves along the path a run of one phase at a time (``WavePath/gap(at:)``).
    static func all(waves: [WaveResult], map: KMap) -> [WaveGap] {
        var gaps: [WaveGap] = []
        for (waveIndex, wave) in waves.enumerated() {
            for phase in wave.missingPhases {
                let gap = wave.path.gap(at: phase)
                gaps.append(WaveGap(wave: waveIndex, phase: phase, anchor: gap.anchor.flatMap(map.graph.activity(at:)) ?? wave.start,
                                    jumpFlow: gap.jump.flatMap { flowIndex(from: $0.from, to: $0.to, in: map) }))
            }
        }
        return gaps
    }

    private static func flowIndex(from source: NodeRef, to target: NodeRef, in map: KMap) -> Int? {
        map.graph.outgoingFlows(of: map.nodeIndex(source)).first { map.flows[$0].to == target }
    }
}
