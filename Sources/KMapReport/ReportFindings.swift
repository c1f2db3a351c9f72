import KMapAnalysis
import KMapLanguage
import KMapModel
import KMapRender

/// The findings about one wave (or about the map as a whole), as a report lists them.
struct FindingGroup {
    var anchor: String
    var title: String
    var detail: String
    var findings: [FindingEntry]
}

/// One finding with everything a facilitator needs to discuss it.
struct FindingEntry {
    /// A line of the map the finding points at.
    struct ExcerptLine {
        var number: Int
        var text: String
    }

    /// A technique the remedy names, linked to its catalog entry.
    struct TechniqueRef {
        var slug: String
        var name: String
        var anchor: String
    }

    var anchor: String
    var code: String
    var slug: String
    var ruleName: String
    var severity: String
    var message: String
    var location: String
    var excerpt: [ExcerptLine]
    var excerptIsCut: Bool
    /// The id of the diagram element to highlight, when the diagram has one for this finding.
    var diagramTarget: String?
    var notes: [String]
    var hasNotes: Bool
    var remedy: String
    /// The remedy in prose and code spans, for the HTML template.
    var remedySegments: [RemedyText.Segment]
    var techniques: [TechniqueRef]
    var hasTechniques: Bool
    var questions: [String]
}

/// Sorts findings into groups by wave and turns each into a ``FindingEntry``.
struct FindingGroupBuilder {
    /// At most this many lines of the map are quoted for one finding.
    static let excerptLimit = 8

    let analysis: AnalysisResult
    let diagramElements: Set<DiagramElement>
    /// What the stakeholders diagram draws: the target of a finding the waves diagram does not show.
    let stakeholderElements: Set<DiagramElement>
    /// The anchor of the first finding about each subject (a stakeholder, node or wave id).
    private(set) var anchorsBySubject: [String: String] = [:]
    /// How many findings each diagram shows (a finding counts for the first that has its target).
    private(set) var shownInWaves = 0
    private(set) var shownInStakeholders = 0

    init(analysis: AnalysisResult, diagramElements: Set<DiagramElement>, stakeholderElements: Set<DiagramElement> = []) {
        self.analysis = analysis
        self.diagramElements = diagramElements
        self.stakeholderElements = stakeholderElements
    }

    /// Groups in wave order, then the findings tied to no wave.
    mutating func groups() -> [FindingGroup] {
        let map = analysis.map
        let waveOfNode = firstWaveOfEachNode()
        var waveIndex: [String: Int] = [:]
        let waves = analysis.waves
        for index in waves.indices where waveIndex[waves[index].id] == nil { waveIndex[waves[index].id] = index }
        let unattached = waves.count
        var buckets = Array(repeating: [FindingEntry](), count: unattached + 1)
        for (number, finding) in analysis.findings.enumerated() {
            let wave = finding.wave.flatMap { waveIndex[$0] } ?? finding.nodes.lazy.compactMap { waveOfNode[map.nodeIndex($0)] }.first
            let entry = self.entry(finding, number: number + 1)
            if anchorsBySubject[finding.key] == nil { anchorsBySubject[finding.key] = entry.anchor }
            buckets[wave ?? unattached].append(entry)
        }
        let phases = map.framework.phases
        var groups: [FindingGroup] = []
        for index in waves.indices where !buckets[index].isEmpty {
            groups.append(FindingGroup(
                anchor: "findings-wave-\(index + 1)", title: "Wave: \(waves[index].label)",
                detail: ReportSummary.status(of: waves[index], phases: phases), findings: buckets[index]
            ))
        }
        if !buckets[unattached].isEmpty {
            groups.append(FindingGroup(
                anchor: "findings-map", title: "Across the map", detail: "findings tied to no single wave",
                findings: buckets[unattached]
            ))
        }
        return groups
    }

    /// The first wave (in analysis order) each node belongs to, by the node's dense index
    /// (``KMap/nodeIndex(_:)``): its declared activities, the nodes of its path, and the
    /// repositories the path's activities store into.
    private func firstWaveOfEachNode() -> [Int?] {
        let map = analysis.map
        var declared: [String: [ActivityIndex]] = [:]
        for wave in map.waves { declared[wave.id] = wave.activities }
        var result = [Int?](repeating: nil, count: map.nodeCount)
        func claim(_ node: Int, for wave: Int) {
            if result[node] == nil { result[node] = wave }
        }
        let waves = analysis.waves
        for index in waves.indices {
            if waves[index].declared {
                for activity in declared[waves[index].id] ?? [] { claim(map.nodeIndex(.activity(activity)), for: index) }
            }
            let path = waves[index].path
            for node in path { claim(map.nodeIndex(node), for: index) }
            for case .activity(let activity) in path {
                for next in map.successors(of: map.nodeIndex(.activity(activity))) where map.graph.activity(at: next) == nil {
                    claim(next, for: index)
                }
            }
        }
        return result
    }

    private mutating func entry(_ finding: Finding, number: Int) -> FindingEntry {
        let map = analysis.map
        let source = map.source
        let description = finding.description
        let firstLine = source.line(of: finding.range.start)
        let lastLine = max(firstLine, source.line(of: max(finding.range.start, finding.range.end - 1)))
        let shownLast = min(lastLine, firstLine + Self.excerptLimit - 1)
        let techniques = description.techniques.map { slug in
            FindingEntry.TechniqueRef(slug: slug, name: TechniqueCatalog.technique(slug: slug)?.name ?? slug, anchor: TechniqueEntry.anchor(slug))
        }
        return FindingEntry(
            anchor: "finding-\(number)", code: finding.code, slug: finding.slug,
            ruleName: description.name, severity: finding.severity.rawValue, message: finding.message,
            location: firstLine == lastLine ? "line \(firstLine)" : "lines \(firstLine)-\(lastLine)",
            excerpt: (firstLine...shownLast).map { FindingEntry.ExcerptLine(number: $0, text: source.lineText($0)) },
            excerptIsCut: shownLast < lastLine,
            diagramTarget: diagramTarget(of: finding),
            notes: finding.notes.map { note in
                note.range.map { "\(note.message) (line \(source.line(of: $0.start)))" } ?? note.message
            },
            hasNotes: !finding.notes.isEmpty, remedy: finding.remedy,
            remedySegments: RemedyText(finding.remedy).segments, techniques: techniques, hasTechniques: !techniques.isEmpty,
            questions: ReflectionQuestions.questions(forRule: finding.slug)
        )
    }

    /// The id of the drawn element that shows the finding best: in the waves diagram the
    /// missing-phase box, a node, the wave; else the stakeholder in the stakeholders diagram.
    private mutating func diagramTarget(of finding: Finding) -> String? {
        let map = analysis.map
        var candidates: [DiagramElement] = []
        if let wave = finding.wave, let phase = finding.missingPhase, map.framework.phases.indices.contains(phase) {
            candidates.append(.gap(wave: wave, phase: map.framework.phases[phase]))
        }
        candidates += finding.nodes.map { DiagramElement.node($0, in: map) }
        if let wave = finding.wave { candidates.append(.wave(wave)) }
        if let target = candidates.first(where: { diagramElements.contains($0) }) {
            shownInWaves += 1
            return target.id
        }
        guard let stakeholder = finding.subject.stakeholder.map({ DiagramElement.stakeholder(map[$0].id) }),
              stakeholderElements.contains(stakeholder) else { return nil }
        shownInStakeholders += 1
        return stakeholder.id
    }
}
