import KMapLanguage

/// The outcome of resolving a parsed file: a map that is always usable, and every problem found.
public struct ResolveResult: Sendable {
    /// The resolved map, best effort when there were errors: a declaration in error is kept when
    /// its meaning is clear and dropped otherwise, and a reference that does not resolve is left out.
    public var map: KMap
    /// The diagnostics sorted by position: resolution's (E012 to E021, W001, W002, W006) and,
    /// when a whole ``ParseResult`` was resolved, the parser's as well.
    public var diagnostics: [Diagnostic]

    public init(map: KMap, diagnostics: [Diagnostic]) {
        self.map = map
        self.diagnostics = diagnostics
    }
}

/// Turns a syntax tree into a ``KMap``: looks up every name, checks every attribute against the
/// declaration it stands on, and builds the flow graph.
///
/// The pass is linear in the size of the file: ids live in one hash table (``IDTable``), declarations are
/// visited iteratively, and "did you mean" suggestions are computed only for errors, within a
/// fixed budget of name comparisons (so a file full of typos against many ids stays fast).
public enum Resolver {
    /// Resolves `file`, parsed from `source`. When the caller hands the tree over (its last
    /// use), each declaration is freed as soon as it is resolved.
    public static func resolve(_ file: consuming MapFile, source: SourceFile) -> ResolveResult {
        var resolver = ResolverState(source: source)
        let comments = file.comments
        resolver.resolveHeaders(in: file.statements)
        resolver.collectDeclarations((consume file).statements)
        resolver.resolvePendingDeclarations()
        resolver.resolveFlows()
        return resolver.finish(comments: comments)
    }

    /// Resolves the tree of `parsed` and returns its diagnostics with the parser's, sorted by
    /// position. The tree is freed as it is resolved unless the caller keeps a reference to it.
    public static func resolve(_ parsed: consuming ParseResult, source: SourceFile) -> ResolveResult {
        let parseDiagnostics = parsed.diagnostics
        let resolved = resolve((consume parsed).file, source: source)
        return ResolveResult(map: resolved.map, diagnostics: (parseDiagnostics + resolved.diagnostics).sortedByPosition())
    }
}

extension ResolverState {
    /// Builds the map and sorts the diagnostics by position (stable, so equal positions keep the
    /// order in which they were found).
    mutating func finish(comments: [Comment]) -> ResolveResult {
        if activities.isEmpty {
            report(.emptyMap, .warning, at: .empty(at: 0), "the map declares no activities, so it has no knowledge cycle to analyse",
                   notes: [DiagnosticNote("declare an activity with a phase keyword, e.g. 'generation pdsa \"PDSA cycles\"'")])
        }
        let map = KMap(
            source: source, title: title, goal: goal, standards: standards, framework: framework,
            stakeholders: stakeholders, repositories: repositories, activities: activities, flows: flows,
            repeatedFlows: repeatedFlows, waves: waves, ruleSettings: ruleSettings, comments: comments, headerRange: headerRange,
            groupLabels: groupLabelsWithStandIns()
        )
        return ResolveResult(map: map, diagnostics: diagnostics.sortedByPosition())
    }
}

extension ResolverState {
    /// The declared group labels, plus, for a group with no declaration whose id is a
    /// stakeholder's (a stakeholder standing for its group), that stakeholder's label.
    func groupLabelsWithStandIns() -> [String: String] {
        var labels = groupLabels
        for stakeholder in stakeholders where stakeholder.group != stakeholder.id && labels[stakeholder.group] == nil {
            if let index = stakeholderSymbols[stakeholder.group] {
                labels[stakeholder.group] = stakeholders[index].label
            }
        }
        return labels
    }
}

