import KMapAnalysis
import KMapLanguage
import KMapModel
import KMapRender

/// Everything a workshop report shows, computed once from an analysis and shared by the HTML and
/// Markdown reports, so both always say the same thing.
///
/// The HTML templates read the stored properties by name (`ReportTemplateValues.swift`).
struct ReportModel {
    var title: String
    var goal: String?
    var standards: [String]
    var hasStandards: Bool
    var path: String
    var summary: ReportSummary
    var findingGroups: [FindingGroup]
    var hasFindings: Bool
    var engagement: EngagementSection
    var brokers: BrokerSection
    /// The catalog entries of the techniques the remedies cite.
    var catalog: [TechniqueEntry]
    var hasCatalog: Bool
    var captions: DiagramCaptions

    /// Builds the model; `diagramElements` and `stakeholderElements` are what the embedded waves
    /// and stakeholders diagrams draw, so findings link only to elements that exist.
    init(analysis: AnalysisResult, diagramElements: Set<DiagramElement> = [], stakeholderElements: Set<DiagramElement> = []) {
        let map = analysis.map
        title = map.title ?? Self.fileName(of: map.source.path)
        goal = map.goal
        standards = map.standards
        hasStandards = !map.standards.isEmpty
        path = map.source.path
        summary = ReportSummary(analysis: analysis)
        var builder = FindingGroupBuilder(analysis: analysis, diagramElements: diagramElements, stakeholderElements: stakeholderElements)
        findingGroups = builder.groups()
        captions = DiagramCaptions(total: analysis.findings.count, inWaves: builder.shownInWaves, inStakeholders: builder.shownInStakeholders)
        hasFindings = !analysis.findings.isEmpty
        engagement = EngagementSection(analysis: analysis)
        brokers = BrokerSection(analysis: analysis, findingAnchors: builder.anchorsBySubject)
        let rules = Dictionary(analysis.findings.map { ($0.slug, $0.description) }, uniquingKeysWith: { first, _ in first })
        catalog = TechniqueEntry.cited(by: findingGroups.flatMap { $0.findings.compactMap { rules[$0.slug] } }, in: map)
        hasCatalog = !catalog.isEmpty
    }

    private static func fileName(of path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".kmap") ? String(name.dropLast(5)) : name
    }
}

/// The headline numbers: waves complete and findings by severity and by phase.
struct ReportSummary {
    /// One phase's (or the whole map's) count of findings by severity.
    struct PhaseTally {
        var phase: String
        var errors: Int
        var warnings: Int
        var infos: Int
        var total: Int
    }

    /// One wave and how far its knowledge travels.
    struct WaveLine {
        var id: String
        var label: String
        var isComplete: Bool
        var status: String
        var phases: [PhaseMark]
    }

    /// Whether a wave reaches one phase.
    struct PhaseMark {
        var name: String
        var reached: Bool
    }

    var line: String
    var completeWaves: Int
    var totalWaves: Int
    var closedWaves: Int
    var errors: Int
    var warnings: Int
    var infos: Int
    var suppressed: Int
    var hasSuppressed: Bool
    var phaseTallies: [PhaseTally]
    var phaseNames: [String]
    var waves: [WaveLine]
    var hasWaves: Bool

    /// The label of findings about no particular phase.
    static let wholeMap = "whole map"

    init(analysis: AnalysisResult) {
        let counts = analysis.summary
        let map = analysis.map
        line = counts.line
        completeWaves = counts.completeWaves
        totalWaves = counts.totalWaves
        closedWaves = counts.closedWaves
        errors = counts.errors
        warnings = counts.warnings
        infos = counts.infos
        suppressed = counts.suppressed
        hasSuppressed = counts.suppressed > 0
        let phases = map.framework.phases
        var tallies = (phases + [Self.wholeMap]).map { PhaseTally(phase: $0, errors: 0, warnings: 0, infos: 0, total: 0) }
        for finding in analysis.findings {
            let row = Self.phase(of: finding, in: map) ?? phases.count
            switch finding.severity {
            case .error: tallies[row].errors += 1
            case .warning: tallies[row].warnings += 1
            case .info: tallies[row].infos += 1
            }
            tallies[row].total += 1
        }
        if tallies[phases.count].total == 0 { tallies.removeLast() }
        phaseTallies = tallies
        phaseNames = phases
        waves = analysis.waves.map { wave in
            WaveLine(
                id: wave.id, label: wave.label, isComplete: wave.isComplete,
                status: Self.status(of: wave, phases: phases),
                phases: phases.indices.map { PhaseMark(name: phases[$0], reached: wave.reached.indices.contains($0) && wave.reached[$0]) }
            )
        }
        hasWaves = !waves.isEmpty
    }

    /// The phase a finding is about: the missing phase, else the phase of its first activity.
    static func phase(of finding: Finding, in map: KMap) -> Int? {
        if let phase = finding.missingPhase, map.framework.phases.indices.contains(phase) { return phase }
        for node in finding.nodes {
            if let phase = map.phase(of: node), map.framework.phases.indices.contains(phase) { return phase }
        }
        return nil
    }

    /// "complete, loop closed", or "stops at capture; missing sharing, application", followed by
    /// the state as it runs today when planned activities change it.
    static func status(of wave: WaveResult, phases: [String]) -> String {
        let planned = plannedStatus(of: wave, phases: phases)
        guard let asIs = wave.asIs, asIs.isComplete != wave.isComplete || asIs.isClosed != wave.isClosed else { return planned }
        guard asIs.exists else { return planned + " (only on paper: its start is planned)" }
        let today = asIs.isComplete ? (asIs.isClosed ? "complete, loop closed" : "complete, loop open")
            : "stops at " + (asIs.lastActivity == nil ? "its start" : (phases.indices.filter { asIs.reached[$0] }.last.map { phases[$0] } ?? "its start"))
        return planned + " as planned; as is: " + today
    }

    private static func plannedStatus(of wave: WaveResult, phases: [String]) -> String {
        func name(_ index: Int) -> String { phases.indices.contains(index) ? phases[index] : "phase \(index)" }
        if wave.isComplete { return wave.isClosed ? "complete, loop closed" : "complete, loop open" }
        if wave.missingPhases.isEmpty { return "reaches every phase, but not in order" }
        let missing = wave.missingPhases.map(name).joined(separator: ", ")
        return "stops at \(name(wave.furthestPhase)); missing \(missing)"
    }
}
