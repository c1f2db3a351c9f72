import KMapAnalysis
import KMapModel
import KMapRender

/// What the waves diagram of an analysed map shows.
enum AnalysisDiagram {
    /// The map, its waves as rows (a declared wave's activities, then the nodes of its most
    /// complete path) and its findings as marks. Linear in the map plus the paths.
    static func input(for analysis: AnalysisResult) -> DiagramInput {
        let map = analysis.map
        var declaredActivities: [String: [Int]] = [:]
        for wave in map.waves { declaredActivities[wave.id] = wave.activities }
        let waves = analysis.waves.map { wave in
            var nodes: [NodeRef] = wave.declared ? (declaredActivities[wave.id] ?? []).map(NodeRef.activity) : []
            var seen = Set(nodes)
            for node in wave.path where seen.insert(node).inserted { nodes.append(node) }
            return DiagramWave(id: wave.id, label: wave.label, nodes: nodes, missingPhases: wave.missingPhases, isClosed: wave.isClosed)
        }
        var stakeholderIndex: [String: Int] = [:]
        for (index, stakeholder) in map.stakeholders.enumerated() where stakeholderIndex[stakeholder.id] == nil {
            stakeholderIndex[stakeholder.id] = index
        }
        let marks = analysis.findings.map { finding in
            DiagramMark(code: finding.code, slug: finding.slug, nodes: finding.nodes,
                        stakeholders: stakeholderIndex[finding.subject].map { [$0] } ?? [])
        }
        return DiagramInput(map: map, waves: waves, marks: marks)
    }
}
