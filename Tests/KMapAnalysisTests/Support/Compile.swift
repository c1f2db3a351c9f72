import KMapAnalysis
import KMapLanguage
import KMapModel
import Testing

/// Parses and resolves `text`; records an issue for every error diagnostic.
func compile(_ text: String, path: String = "test.kmap", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> KMap {
    let source = SourceFile(path: path, text: text)
    let compiled = Resolver.resolve(Parser.parse(source), source: source)
    for diagnostic in compiled.diagnostics where diagnostic.severity == .error {
        Issue.record("\(diagnostic.id): \(diagnostic.message) at \(source.location(of: diagnostic.range.start))",
                     sourceLocation: sourceLocation)
    }
    return compiled.map
}

/// Analyses `text` with `configuration`.
func analyze(_ text: String, configuration: AnalysisConfiguration = .init(),
             sourceLocation: Testing.SourceLocation = #_sourceLocation) -> AnalysisResult {
    Analyzer.analyze(compile(text, sourceLocation: sourceLocation), configuration: configuration)
}

extension AnalysisResult {
    /// The slugs of the findings, in order.
    var slugs: [String] { findings.map(\.slug) }

    /// The 1-based lines of the findings of one rule.
    func lines(of slug: String) -> [Int] {
        findings.filter { $0.slug == slug }.map { map.source.line(of: $0.range.start) }
    }
}

extension RuleDescription: CustomTestStringConvertible {
    public var testDescription: String { "\(code) \(slug)" }
}
