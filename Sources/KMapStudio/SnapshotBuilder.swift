import KMapAnalysis
import KMapLanguage
import KMapLanguageService
import KMapModel
import KMapPipeline
import KMapRender
import KMapText
import KMapReport

/// Turns the text of a map into a ``StudioSnapshot``: checked by the language service (as the
/// language server checks an editor's text), then both views drawn.
/// A version with errors keeps the diagram and findings of the last good version.
public enum SnapshotBuilder {
    /// The snapshot of `source`, with its evidence log as it was read (nil when the map has none).
    /// When the map has errors (or cannot be drawn), the pictures, findings and evidence of
    /// `lastGood` are kept and marked stale, so the page never goes blank.
    public static func build(
        _ source: SourceFile, configuration: AnalysisConfiguration = AnalysisConfiguration(),
        evidenceLog: Result<SourceFile, LoadError>? = nil, lastGood: StudioSnapshot? = nil
    ) -> StudioSnapshot {
        let checked = SourcePane.check(source.text, path: source.path, configuration: configuration)
        var items = SourcePane.items(checked)
        let analysis = checked.result.analysis
        var diagrams: StudioSnapshot.Diagrams?
        var drawn: Set<DiagramElement> = []
        if !checked.result.diagnostics.hasErrors {
            do {
                let drawing = try draw(analysis)
                diagrams = drawing.diagrams
                drawn = drawing.elements
            } catch {
                let failure = Diagnostic(
                    DiagnosticID(code: "E900", slug: "diagram-failed"), at: .empty(at: 0),
                    "the diagram could not be drawn: \(error)"
                )
                items.append(DiagnosticItem(failure, in: source))
            }
        }
        guard let diagrams else {
            var snapshot = stale(lastGood, source: source, diagnostics: items, analysis: analysis)
            if evidenceLog == nil { snapshot.evidence = nil }
            return snapshot
        }
        let findings = FindingItems(analysis: analysis, drawn: drawn)
        return StudioSnapshot(
            version: ContentVersion.of(source.bytes), path: source.path, source: source.text,
            diagnostics: items, hasErrors: false, isStale: false, summary: analysis.summary.line,
            phases: analysis.map.framework.phases, diagrams: diagrams,
            findingGroups: findings.groups(), waves: findings.waves(),
            engagement: EngagementItem(analysis.engagement), elementLines: elementLines(analysis.map, drawn: drawn),
            diagramNote: diagramNote(analysis.map), evidence: evidenceLog.map { log in
                switch log {
                case .success(let log): EvidenceItem(log: log, analysis: analysis, drawn: drawn)
                case .failure(let error): EvidenceItem(unreadable: error, path: error.source.path)
                }
            }
        )
    }

    /// The note for a map whose waves view collapses with the default options (the studio's).
    static func diagramNote(_ map: KMap) -> String? {
        let options = DiagramOptions()
        guard options.collapsesWaves(activityCount: map.activities.count) else { return nil }
        return "\(map.activities.count) activities, more than \(options.collapseThreshold): the waves view shows one node per wave. "
            + "The findings and presenter mode still list every wave and activity."
    }

    /// The line each drawn activity, repository and stakeholder is declared on, by its element id.
    static func elementLines(_ map: KMap, drawn: Set<DiagramElement>) -> [String: Int] {
        var lines: [String: Int] = [:]
        func add(_ element: DiagramElement, declaredAt offset: Int) {
            if drawn.contains(element) { lines[element.id] = map.source.line(of: offset) }
        }
        for activity in map.activities { add(.activity(activity.id), declaredAt: activity.range.start) }
        for repository in map.repositories { add(.repository(repository.id), declaredAt: repository.range.start) }
        for person in map.stakeholders { add(.stakeholder(person.id), declaredAt: person.range.start) }
        return lines
    }

    /// Both views as SVG text, and every element they draw.
    static func draw(_ analysis: AnalysisResult) throws(RenderError) -> (diagrams: StudioSnapshot.Diagrams, elements: Set<DiagramElement>) {
        let input = DiagramInput(analysis: analysis)
        let waves = try DiagramBuilder.diagram(for: input, options: DiagramOptions(view: .waves))
        let stakeholders = try DiagramBuilder.diagram(for: input, options: DiagramOptions(view: .stakeholders))
        let svg = (waves: try Renderer.render(graph: waves.graph, format: .svg),
                   stakeholders: try Renderer.render(graph: stakeholders.graph, format: .svg))
        let diagrams = StudioSnapshot.Diagrams(
            waves: String(decoding: svg.waves, as: UTF8.self), stakeholders: String(decoding: svg.stakeholders, as: UTF8.self))
        return (diagrams, waves.elements.union(stakeholders.elements))
    }

    /// A snapshot of text with errors: its own source and diagnostics, the rest from `lastGood`.
    private static func stale(
        _ lastGood: StudioSnapshot?, source: SourceFile, diagnostics: [DiagnosticItem], analysis: AnalysisResult
    ) -> StudioSnapshot {
        StudioSnapshot(
            version: ContentVersion.of(source.bytes), path: source.path, source: source.text,
            diagnostics: diagnostics, hasErrors: true, isStale: lastGood?.diagrams != nil,
            summary: lastGood?.summary ?? "", phases: lastGood?.phases ?? analysis.map.framework.phases,
            diagrams: lastGood?.diagrams, findingGroups: lastGood?.findingGroups ?? [],
            waves: lastGood?.waves ?? [], engagement: lastGood?.engagement ?? EngagementItem(analysis.engagement),
            elementLines: lastGood?.elementLines ?? [:], diagramNote: lastGood?.diagramNote, evidence: lastGood?.evidence
        )
    }
}

extension EngagementItem {
    init(_ matrix: EngagementMatrix) {
        let cells = matrix.stakeholderIndices.map { person in
            matrix.phases.indices.map { phase in
                let cell = matrix[person, phase]
                return (cell.owner > 0 ? "O" : "") + (cell.audience > 0 ? "A" : "")
            }
        }
        self.init(phases: matrix.phases, stakeholders: matrix.stakeholders, cells: cells)
    }
}

/// The version of a text: a 64-bit FNV-1a hash of its bytes, in hex.
enum ContentVersion {
    static func of(_ bytes: [UInt8]) -> String { FNVHash.hex(bytes) }
}

extension SnapshotBuilder {
    /// The snapshot of a file that cannot be read (gone, too large, not UTF-8): the last good
    /// pictures stay, with the reason as the only diagnostic.
    static func unreadable(_ error: LoadError, path: String, lastGood: StudioSnapshot?) -> StudioSnapshot {
        var snapshot = lastGood ?? build(SourceFile(path: path, text: ""))
        snapshot.hasErrors = true
        snapshot.isStale = lastGood?.diagrams != nil
        snapshot.version = "unreadable"
        snapshot.diagnostics = [DiagnosticItem(error.diagnostic, in: error.source)]
        return snapshot
    }
}
