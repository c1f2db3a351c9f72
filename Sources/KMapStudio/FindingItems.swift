import KMapAnalysis
import KMapModel
import KMapRender
import KMapReport

/// The findings of an analysis as the studio lists them: grouped by wave (in wave order, then
/// the findings tied to no wave), each with its remedy, reflection questions and the ids of the
/// drawn elements it is about.
struct FindingItems {
    let analysis: AnalysisResult
    private let items: [FindingItem]
    private let waveOfFinding: [String?]

    /// The items of `analysis`, linked to the elements of `drawn` (what the pictures draw).
    init(analysis: AnalysisResult, drawn: Set<DiagramElement>) {
        self.analysis = analysis
        let map = analysis.map
        var firstWaveOfNode: [NodeRef: String] = [:]
        for wave in analysis.waves {
            for ref in wave.path where firstWaveOfNode[ref] == nil { firstWaveOfNode[ref] = wave.id }
        }
        var items: [FindingItem] = []
        var waves: [String?] = []
        for (number, finding) in analysis.findings.enumerated() {
            items.append(FindingItem(finding, id: "f\(number + 1)", map: map, drawn: drawn))
            waves.append(finding.wave ?? finding.nodes.lazy.compactMap { firstWaveOfNode[$0] }.first)
        }
        self.items = items
        self.waveOfFinding = waves
    }

    /// Groups in wave order, then the findings about the map as a whole.
    func groups() -> [FindingGroupItem] {
        var groups = analysis.waves.map { FindingGroupItem(title: "Wave: \($0.label)", wave: $0.id, findings: []) }
        var indexOfWave: [String: Int] = [:]
        for (index, wave) in analysis.waves.enumerated() where indexOfWave[wave.id] == nil { indexOfWave[wave.id] = index }
        var unattached = FindingGroupItem(title: "The map as a whole", wave: nil, findings: [])
        for (item, wave) in zip(items, waveOfFinding) {
            if let index = wave.flatMap({ indexOfWave[$0] }) {
                groups[index].findings.append(item)
            } else {
                unattached.findings.append(item)
            }
        }
        return (groups + [unattached]).filter { !$0.findings.isEmpty }
    }

    /// Every wave with its path and findings, the waves with gaps first (presenter mode's order).
    func waves() -> [WaveItem] {
        let map = analysis.map
        let phases = map.framework.phases
        let waves = analysis.waves.map { wave in
            WaveItem(
                id: wave.id, label: wave.label, isComplete: wave.isComplete,
                missingPhases: wave.missingPhases.filter { phases.indices.contains($0) }.map { phases[$0] },
                steps: wave.path.map { step(for: $0, in: map) },
                findings: zip(items, waveOfFinding).filter { $0.1 == wave.id }.map(\.0.id)
            )
        }
        return waves.filter { !$0.isComplete } + waves.filter(\.isComplete)
    }

    private func step(for ref: NodeRef, in map: KMap) -> StepItem {
        let phase = map.phase(of: ref).flatMap { map.framework.phases.indices.contains($0) ? map.framework.phases[$0] : nil }
        guard case .activity(let index) = ref else {
            return StepItem(label: map.label(of: ref), phase: phase ?? "", owners: [], cadence: "")
        }
        let activity = map.activities[index]
        return StepItem(
            label: activity.label, phase: phase ?? "",
            owners: activity.owners.map { map[$0].label },
            cadence: activity.cadence?.description ?? ""
        )
    }
}

extension FindingItem {
    /// The item of `finding` of `map`, called `id`, linked to the elements of `drawn` it is about:
    /// its nodes, its wave and the gap it marks, its stakeholder.
    init(_ finding: Finding, id: String, map: KMap, drawn: Set<DiagramElement>) {
        let phases = map.framework.phases
        var elements = finding.nodes.map { DiagramElement.node($0, in: map) }
        if let wave = finding.wave {
            elements.append(.wave(wave))
            if let phase = finding.missingPhase, phases.indices.contains(phase) {
                elements.append(.gap(wave: wave, phase: phases[phase]))
            }
        }
        if let stakeholder = finding.subject.stakeholder {
            elements.append(.stakeholder(map[stakeholder].id))
        }
        self.init(
            id: id, severity: finding.severity.rawValue, code: finding.code, slug: finding.slug,
            message: finding.message, subject: finding.key, line: map.source.line(of: finding.range.start),
            remedy: finding.remedy, questions: ReflectionQuestions.questions(forRule: finding.slug),
            elements: elements.filter(drawn.contains).map(\.id)
        )
    }
}
