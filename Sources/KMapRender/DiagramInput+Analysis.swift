import KMapAnalysis
import KMapModel

extension DiagramInput {
    /// What the diagrams of an analysed map show.
    ///
    /// A declared wave's row holds its declared activities, and every wave's row holds the nodes
    /// of its most complete path. Every finding marks the nodes it is about, and the stakeholder
    /// when its subject is one. De-facto brokers come from the broker analysis. Linear in the size
    /// of the map plus the paths.
    public init(analysis: AnalysisResult) {
        let map = analysis.map
        var declared: [String: [Int]] = [:]
        for wave in map.waves { declared[wave.id] = wave.activities }
        let waves = analysis.waves.map { wave in
            var nodes = wave.declared ? (declared[wave.id] ?? []).map(NodeRef.activity) : []
            var seen = Set(nodes)
            for node in wave.path where seen.insert(node).inserted { nodes.append(node) }
            var drawn = DiagramWave(
                id: wave.id, label: wave.label, nodes: nodes, missingPhases: wave.missingPhases,
                isComplete: wave.isComplete, isClosed: wave.isClosed)
            drawn.isCompleteOnlyOnPaper = wave.isComplete && wave.asIs?.exists == true && !wave.isCompleteAsIs
            return drawn
        }
        let stakeholders = Dictionary(
            map.stakeholders.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        let marks = analysis.findings.map { finding in
            DiagramMark(
                code: finding.code, slug: finding.slug, nodes: finding.nodes,
                stakeholders: stakeholders[finding.subject].map { [$0] } ?? [])
        }
        self.init(map: map, waves: waves, marks: marks, deFactoBrokers: Set(analysis.brokers.deFactoBrokers))
    }
}
