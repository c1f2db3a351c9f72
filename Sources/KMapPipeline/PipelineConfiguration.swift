import KMapAnalysis
import KMapLanguage

/// How the pipeline runs: the analysis settings, the project file to read, the input size limit,
/// and whether the syntax tree is kept beside the model.
public struct PipelineConfiguration: Sendable {
    /// The rule settings the analysis applies (project file, command line, `--as-is`).
    public var analysis: AnalysisConfiguration
    /// The project file the pipeline reads into ``analysis`` before analysing; nil to analyse
    /// with ``AnalysisConfiguration/project`` as given (none, or one read already).
    public var projectFile: ProjectFile?
    /// The largest input read, in bytes; a larger one is refused with E003 before it is parsed.
    public var maxInputBytes: Int
    /// Whether ``CompiledMap/syntax`` keeps the tree (a formatter or the workbook export needs
    /// it). When it is not kept, the resolver frees each declaration once it is resolved, so the
    /// tree and the model are never both whole in memory.
    public var keepsSyntax: Bool

    public init(
        analysis: AnalysisConfiguration = AnalysisConfiguration(), projectFile: ProjectFile? = nil,
        maxInputBytes: Int = SourceLoader.defaultMaxBytes, keepsSyntax: Bool = false
    ) {
        self.analysis = analysis
        self.projectFile = projectFile
        self.maxInputBytes = maxInputBytes
        self.keepsSyntax = keepsSyntax
    }

    /// The analysis settings with the project file read (and its problems among its diagnostics).
    public func readingProjectFile() -> AnalysisConfiguration {
        var analysis = analysis
        if let projectFile { analysis.project = projectFile.read() }
        return analysis
    }
}
