import KMapLanguage

/// A compiled map: the resolved graph and every diagnostic from parsing and resolving.
public struct CompiledMap: Sendable {
    /// The resolved map; always usable, best effort when there are errors.
    public var map: KMap
    /// Parser diagnostics, then resolver diagnostics, sorted by position (stable, so the order is
    /// deterministic).
    public var diagnostics: [Diagnostic]

    public init(map: KMap, diagnostics: [Diagnostic]) {
        self.map = map
        self.diagnostics = diagnostics
    }

    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// The front of the pipeline: source text in, resolved map and diagnostics out.
public enum MapCompiler {
    /// Parses `source`, then resolves the syntax tree.
    public static func compile(_ source: SourceFile) -> CompiledMap {
        let parsed = Parser.parse(source)
        let resolved = Resolver.resolve(parsed.file, source: source)
        let diagnostics = (parsed.diagnostics + resolved.diagnostics).enumerated()
            .sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }
            .map(\.element)
        return CompiledMap(map: resolved.map, diagnostics: diagnostics)
    }
}
