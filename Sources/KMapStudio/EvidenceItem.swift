import KMapAnalysis
import KMapEvidence
import KMapLanguage
import KMapRender
import KMapReport

/// The evidence log beside the studio's map, `NAME.evidence.csv` for `NAME.kmap`, as the page
/// shows it: the timeline, the indicators and the evidence findings; or, when the log cannot be
/// read or has errors, its diagnostics (at their rows and columns of the log).
public struct EvidenceItem: Codable, Sendable, Equatable {
    /// The content hash of the log: a change to the log alone is news for the page.
    public var version: String
    public var path: String
    /// The log's diagnostics: `line` is the row of the file, `column` the column.
    public var problems: [DiagnosticItem]
    /// `2026-01-02 to 2026-12-30`; empty when the log was not checked.
    public var period: String
    public var occurrences: Int
    /// The timeline as SVG (escaped by ``EvidenceTimeline``); nil when the log was not checked
    /// or holds no occurrence.
    public var timeline: String?
    /// The indicators in sentences: occurrences per phase, lessons acted on, waves completed.
    public var indicators: [String]
    /// The evidence findings, ids `e1`, `e2`, ..., linked to the drawn elements they are about.
    public var findings: [FindingItem]

    /// Where the log of the map at `mapPath` lives: the same folder and name, with
    /// `.evidence.csv` in place of `.kmap`.
    public static func logPath(besideMap mapPath: String) -> String {
        let stem = mapPath.lowercased().hasSuffix(".kmap") ? String(mapPath.dropLast(".kmap".count)) : mapPath
        return stem + ".evidence.csv"
    }
}

extension EvidenceItem {
    /// The item of a log that cannot be read (too large, not UTF-8): its reason as the one problem.
    init(unreadable error: LoadError, path: String) {
        self.init(version: "unreadable", path: path, problems: [DiagnosticItem(error.diagnostic, in: error.source)],
                  period: "", occurrences: 0, timeline: nil, indicators: [], findings: [])
    }

    /// The item of `log` read against `analysis`'s map and checked with its configuration over the
    /// whole log; a log with errors is not checked, and shows only its problems.
    init(log file: SourceFile, analysis: AnalysisResult, drawn: Set<DiagramElement>) {
        let map = analysis.map
        // The log lies beside the map: its file name is all a finding needs to name it by.
        let log = SourceFile(path: String(file.path.split(separator: "/").last ?? ""), text: file.text)
        let evidence = EvidenceReader.read([log], against: map)
        let problems = evidence.diagnostics(ofLog: 0).map { DiagnosticItem($0, in: log) }
        let version = ContentVersion.of(file.bytes)
        guard !evidence.hasErrors else {
            self.init(version: version, path: file.path, problems: problems, period: "", occurrences: 0, timeline: nil, indicators: [], findings: [])
            return
        }
        let result = EvidenceCheck.check(map, evidence: evidence, configuration: analysis.configuration)
        let context = result.context
        let indicators = EvidenceIndicators(context)
        let phases = map.framework.phases.enumerated().map { "\($1) \(indicators.occurrencesByPhase[$0])" }
        self.init(
            version: version, path: file.path, problems: problems, period: context.period.description,
            occurrences: context.inPeriod.count, timeline: EvidenceTimeline.svg(context),
            indicators: ["Occurrences by phase: " + phases.joined(separator: " · "),
                         indicators.lessonsSummary(windowDays: context.settings.notActedOnDays), indicators.wavesSummary],
            findings: result.findings.enumerated().map { FindingItem($1, id: "e\($0 + 1)", map: map, drawn: drawn) })
    }
}
