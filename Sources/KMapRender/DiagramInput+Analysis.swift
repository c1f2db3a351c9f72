import KMapAnalysis
import KMapModel

extension DiagramInput {
    /// What the diagrams of an analysed map show.
    ///
    /// Rows follow the file: a declared wave sits where its `wave` block is written, another wave
    /// where the activity it starts from is. A declared wave's row holds its declared activities,
    /// and every wave's row holds the nodes of its most complete path. Every finding marks the
    /// nodes it is about, and the stakeholder when its subject is one. De-facto brokers come from
    /// the broker analysis. Linear in the size of the map plus the paths, and a sort of the waves.
    public init(analysis: AnalysisResult) {
        let map = analysis.map
        var declared: [String: [Int]] = [:]
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
        let marks = analysis.findings.map { finding in
            DiagramMark(
                code: finding.code, slug: finding.slug, nodes: finding.nodes,
                stakeholders: finding.subject.stakeholder.map { [$0] } ?? [])
        }
        self.init(map: map, waves: waves, marks: marks, deFactoBrokers: Set(analysis.brokers.deFactoBrokers))
    }

    /// Where a wave is written: its block, or the activity it starts from.
    private static func position(of wave: WaveResult, blockStart: [String: Int], in map: KMap) -> Int {
        if wave.declared, let start = blockStart[wave.id] { return start }
        return map.activities.indices.contains(wave.start) ? map.activities[wave.start].range.start : Int.max
    }
}
