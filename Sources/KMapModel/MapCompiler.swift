import KMapLanguage

/// A compiled map: the resolved graph and every diagnostic from parsing and resolving, sorted by
/// position. It has the same shape as resolving alone, so it is the same type.
public typealias CompiledMap = ResolveResult

/// The front of the pipeline: source text in, resolved map and diagnostics out.
public enum MapCompiler {
    /// Parses `source`, then resolves the syntax tree. The tree is handed over to the resolver,
    /// which frees each declaration once it is resolved: on a large map the tree and the model
    /// are never both whole in memory.
    public static func compile(_ source: SourceFile) -> CompiledMap {
        compile(Parser.parse(source), source: source)
    }

    /// Resolves an already parsed `source`. The tree is freed as it is resolved unless the
    /// caller keeps a reference to it.
    public static func compile(_ parsed: consuming ParseResult, source: SourceFile) -> CompiledMap {
        let parseDiagnostics = parsed.diagnostics
        let resolved = Resolver.resolve((consume parsed).file, source: source)
        return CompiledMap(map: resolved.map, diagnostics: (parseDiagnostics + resolved.diagnostics).sortedByPosition())
    }
}
