import KMapLanguage

/// A compiled map: the resolved graph and every diagnostic from parsing and resolving, sorted by
/// position. It has the same shape as resolving alone, so it is the same type.
public typealias CompiledMap = ResolveResult

/// The front of the pipeline: source text in, resolved map and diagnostics out.
public enum MapCompiler {
    /// Parses `source`, then resolves the syntax tree.
    public static func compile(_ source: SourceFile) -> CompiledMap {
        let parsed = Parser.parse(source)
        let resolved = Resolver.resolve(parsed.file, source: source)
        return CompiledMap(map: resolved.map, diagnostics: (parsed.diagnostics + resolved.diagnostics).sortedByPosition())
    }
}
