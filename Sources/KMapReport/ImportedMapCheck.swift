import KMapLanguage
import KMapPipeline

/// The check every import makes of the map text it wrote, before handing it over: parsed and
/// resolved, each diagnostic reduced to where it is and what it says, and the map printed in
/// canonical layout when none is an error. Each import then points the diagnostics back at the
/// row or cell that the line came from.
public struct ImportedMapCheck: Sendable {
    /// One diagnostic of the written text.
    public struct Problem: SeverityRated, Sendable {
        /// The 1-based line of the written text.
        public var line: Int
        /// The 0-based byte column in that line.
        public var byteColumn: Int
        /// `error`, or `warning` for anything milder.
        public var severity: Severity
        /// The message with its code: `no stakeholder 'x' is declared [E201]`.
        public var message: String
    }

    /// The diagnostics of parsing and resolving, sorted by position.
    public let problems: [Problem]
    /// The map in canonical layout; nil when a diagnostic is an error.
    public let formatted: String?

    /// Parses and resolves `text`.
    public init(_ text: String) {
        let source = SourceFile(path: "import.kmap", text: text)
        let compiled = Pipeline.compile(source, PipelineConfiguration(keepsSyntax: true))
        problems = compiled.diagnostics.map { diagnostic in
            let line = source.line(of: diagnostic.range.start)
            return Problem(
                line: line, byteColumn: diagnostic.range.start - source.lineStarts[line - 1],
                severity: diagnostic.severity == .error ? .error : .warning,
                message: "\(diagnostic.message) [\(diagnostic.id.code)]")
        }
        formatted = problems.hasErrors ? nil : compiled.syntax.map { Formatter.format($0) }
    }
}
