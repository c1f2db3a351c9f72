import KMapLanguage
import KMapModel

/// Everything the analysis of one map produced.
public struct AnalysisResult: Sendable {
    public var map: KMap
    public var waves: [WaveResult]
    /// Findings after configuration and suppressions, in file order.
    public var findings: [Finding]
    /// Findings silenced by `# kmap: ignore` comments, in file order.
    public var suppressed: [Finding]
    public var engagement: EngagementMatrix
    /// Broker measures of the stakeholders, computed the first time they are read (they are
    /// most of the cost of an analysis, and `kmap check` does not show them).
    public var brokers: BrokerAnalysis { deferredBrokers.value }
    /// Problems with the map's `rules` block and its suppression comments (W003, W004, W005), in
    /// the map's file.
    public var configurationDiagnostics: [Diagnostic]
    /// Problems with the project file, in ``projectSource``.
    public var projectDiagnostics: [Diagnostic]
    /// The project file's text, when one was used.
    public var projectSource: SourceFile?
    /// The settings the analysis ran with, its project file read: a later stage that runs rules
    /// of its own (the evidence check) applies the same ones without reading the file again.
    public var configuration: AnalysisConfiguration
    /// The severity at or above which findings fail a run, or `never`.
    public var failureThreshold: FailOn
    public var summary: AnalysisSummary
    let deferredBrokers: DeferredBrokerAnalysis

    /// True when some finding is at or above ``failureThreshold``.
    public var fails: Bool { findings.contains { failureThreshold.isReached(by: $0.severity) } }
}

/// Headline numbers: how many waves are complete, and findings by severity.
public struct AnalysisSummary: Hashable, Sendable {
    public var completeWaves: Int
    public var totalWaves: Int
    public var closedWaves: Int
    /// Waves complete with their existing activities alone, when some activity is planned.
    public var completeWavesAsIs: Int?
    public var errors: Int
    public var warnings: Int
    public var infos: Int
    public var suppressed: Int

    public init(waves: [WaveResult], findings: [Finding], suppressed: Int) {
        completeWaves = waves.count { $0.isComplete }
        totalWaves = waves.count
        closedWaves = waves.count { $0.isClosed }
        completeWavesAsIs = waves.contains { $0.asIs != nil } ? waves.count { $0.isCompleteAsIs } : nil
        errors = findings.count { $0.severity == .error }
        warnings = findings.count { $0.severity == .warning }
        infos = findings.count { $0.severity == .info }
        self.suppressed = suppressed
    }

    /// The summaries of several maps added up: their waves and findings together.
    public init(adding summaries: [AnalysisSummary]) {
        completeWaves = summaries.reduce(0) { $0 + $1.completeWaves }
        totalWaves = summaries.reduce(0) { $0 + $1.totalWaves }
        closedWaves = summaries.reduce(0) { $0 + $1.closedWaves }
        completeWavesAsIs = summaries.contains { $0.completeWavesAsIs != nil }
            ? summaries.reduce(0) { $0 + ($1.completeWavesAsIs ?? $1.completeWaves) } : nil
        errors = summaries.reduce(0) { $0 + $1.errors }
        warnings = summaries.reduce(0) { $0 + $1.warnings }
        infos = summaries.reduce(0) { $0 + $1.infos }
        suppressed = summaries.reduce(0) { $0 + $1.suppressed }
    }

    /// `waves complete 3/5 · 1 error, 4 warnings, 2 info` (`no findings` when there are none);
    /// `waves complete 3/5 (2 as is)` when planned activities complete some of them.
    public var line: String {
        var counts: [String] = []
        if errors > 0 { counts.append(errors == 1 ? "1 error" : "\(errors) errors") }
        if warnings > 0 { counts.append(warnings == 1 ? "1 warning" : "\(warnings) warnings") }
        if infos > 0 { counts.append("\(infos) info") }
        let asIs = completeWavesAsIs.flatMap { $0 == completeWaves ? nil : " (\($0) as is)" } ?? ""
        return "waves complete \(completeWaves)/\(totalWaves)\(asIs) · " + (counts.isEmpty ? "no findings" : counts.joined(separator: ", "))
    }
}
