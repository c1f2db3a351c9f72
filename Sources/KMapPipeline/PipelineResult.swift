import KMapAnalysis
import KMapLanguage
import KMapModel

/// A map parsed and resolved: its text, its tree when kept, the resolved model and every
/// diagnostic of parsing and resolving, sorted by position.
public struct CompiledMap: Sendable {
    public let source: SourceFile
    /// The syntax tree when ``PipelineConfiguration/keepsSyntax`` was set; nil otherwise.
    public let syntax: MapFile?
    /// The resolved map, best effort when ``diagnostics`` hold errors.
    public let map: KMap
    public let diagnostics: [Diagnostic]

    public init(source: SourceFile, syntax: MapFile?, map: KMap, diagnostics: [Diagnostic]) {
        self.source = source
        self.syntax = syntax
        self.map = map
        self.diagnostics = diagnostics
    }

    /// The last stage: the map analysed with `configuration`.
    public func analyzed(with configuration: AnalysisConfiguration = AnalysisConfiguration()) -> PipelineResult {
        PipelineResult(compiled: self, analysis: Analyzer.analyze(map, configuration: configuration))
    }

    /// The last stage, with the project file `configuration` names read first.
    public func analyzed(with configuration: PipelineConfiguration) -> PipelineResult {
        analyzed(with: configuration.readingProjectFile())
    }
}

/// A map through every stage: what ``CompiledMap`` holds, and its analysis.
public struct PipelineResult: Sendable {
    public let compiled: CompiledMap
    /// The analysis: findings, waves, stakeholder measures, and the configuration's own
    /// diagnostics (``AnalysisResult/configurationDiagnostics``).
    public let analysis: AnalysisResult

    public init(compiled: CompiledMap, analysis: AnalysisResult) {
        self.compiled = compiled
        self.analysis = analysis
    }

    public var source: SourceFile { compiled.source }
    public var syntax: MapFile? { compiled.syntax }
    public var map: KMap { compiled.map }
    /// Parse and resolution diagnostics, sorted by position.
    public var diagnostics: [Diagnostic] { compiled.diagnostics }
    /// Problems with the configuration written in the map: its `rules` block and suppression
    /// comments (W003, W004, W005).
    public var configurationDiagnostics: [Diagnostic] { analysis.configurationDiagnostics }
    /// Problems with the project file, in ``projectSource``: it could not be read or decoded (an
    /// error; the analysis then ran without it), unknown keys, rules or values (warnings).
    public var projectDiagnostics: [Diagnostic] { analysis.projectDiagnostics }
    /// The project file's text, when one was found.
    public var projectSource: SourceFile? { analysis.projectSource }
}
