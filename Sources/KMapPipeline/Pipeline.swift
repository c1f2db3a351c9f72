import KMapAnalysis
import KMapLanguage
import KMapModel

/// The front door: one call chains the stages, from where the text comes from to the analysed
/// map, as a command, the diff, an import, the studio or a fuzzer needs them.
///
/// load (``MapInput``) -> parse (``Parser``) -> resolve (``Resolver``) -> analyse (``Analyzer``),
/// with the project file (``ProjectFile``) read before the analysis.
/// Every stage always produces a usable value: a map with errors is resolved best effort and
/// can still be analysed; the caller decides, with ``CompiledMap/diagnostics``, whether to go on.
public enum Pipeline {
    /// Loads, parses, resolves and analyses `input`. Fails only when the text cannot be loaded.
    public static func run(_ input: MapInput, _ configuration: PipelineConfiguration = PipelineConfiguration()) -> Result<PipelineResult, LoadError> {
        compile(input, configuration).map { $0.analyzed(with: configuration) }
    }

    /// Parses, resolves and analyses text already loaded.
    public static func run(_ source: SourceFile, _ configuration: PipelineConfiguration = PipelineConfiguration()) -> PipelineResult {
        compile(source, configuration).analyzed(with: configuration)
    }

    /// Loads, parses and resolves `input`, stopping before the analysis: for a caller that
    /// reports the diagnostics first (and stops on errors), or needs no analysis at all.
    public static func compile(_ input: MapInput, _ configuration: PipelineConfiguration = PipelineConfiguration()) -> Result<CompiledMap, LoadError> {
        input.load(maxBytes: configuration.maxInputBytes).map { compile($0, configuration) }
    }

    /// Parses and resolves text already loaded.
    public static func compile(_ source: SourceFile, _ configuration: PipelineConfiguration = PipelineConfiguration()) -> CompiledMap {
        let parsed = Parser.parse(source)
        let syntax = configuration.keepsSyntax ? parsed.file : nil
        let resolved = Resolver.resolve(consume parsed, source: source)
        return CompiledMap(source: source, syntax: syntax, map: resolved.map, diagnostics: resolved.diagnostics)
    }
}
