import KMapAnalysis
import KMapModel

extension DiagramInput {
    /// What the diagrams of an analysed map show.
    ///
    /// Rows follow the file: a declared wave sits where its `wave` block is written, another wave
    /// where the activity it starts from is. A declared wave's row holds its declared activities,
    /// and every wave's row holds the nodes of its most complete path. Every finding marks the
    /// nodes it is about, and the stakeholder when its subject is one, through the decoration overlay. De-facto brokers come from
    /// the broker analysis. Linear in the size of the map plus the paths, and a sort of the waves.
    public init(analysis: AnalysisResult) {
        let map = analysis.map
        var declared: [String: [ActivityIndex]] = [:]
        for wave in map.waves { declared[wave.id] = wave.activities }
        var blockStart: [String: Int] = [:]
        for wave in map.waves { blockStart[wave.id] = wave.range.start }
        let inFileOrder = analysis.waves.enumerated()
            .map { (position: Self.position(of: $1, blockStart: blockStart, in: map), offset: $0, wave: $1) }
            .sorted { ($0.position, $0.offset) < ($1.position, $1.offset) }
            .map(\.wave)
        let waves = inFileOrder.map { wave in
            var nodes = wave.declared ? (declared[wave.id] ?? []).map(NodeRef.activity) : []
            let declaredCount = nodes.count
            var seen = Set(nodes)
            for node in wave.path where seen.insert(node).inserted { nodes.append(node) }
            var drawn = DiagramWave(
                id: wave.id, label: wave.label, nodes: nodes, missingPhases: wave.missingPhases,
                isComplete: wave.isComplete, isClosed: wave.isClosed)
            drawn.isCompleteOnlyOnPaper = wave.isComplete && wave.asIs?.exists == true && !wave.isCompleteAsIs
            drawn.declaredCount = declaredCount
            return drawn
        }
        self.init(map: map, waves: waves, deFactoBrokers: Set(analysis.brokers.deFactoBrokers))
        for finding in analysis.findings {
            let stakeholder = finding.subject.stakeholder.map { DiagramElement.stakeholder(map[$0].id) }
            decorations.markFinding(DiagramMark(code: finding.code, slug: finding.slug),
                                    on: finding.nodes.map { DiagramElement.node($0, in: map) } + (stakeholder.map { [$0] } ?? []))
        }
    }

    /// Where a wave is written: its block, or the activity it starts from.
    private static func position(of wave: WaveResult, blockStart: [String: Int], in map: KMap) -> Int {
        if wave.declared, let start = blockStart[wave.id] { return start }
        return map[wave.start].range.start
    }
}
