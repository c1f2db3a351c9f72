import KMapAnalysis
import KMapGenerate
import KMapLanguage
import KMapModel
import KMapReport

/// A piece of kmap's pipeline measured on its own: `prepare` builds its inputs (untimed), `run`
/// does the work and returns the size of what it produced.
struct Stage: Sendable {
    var name: String
    /// What the stage measures, for the report.
    var summary: String
    /// Render stages run at the render sizes; the others at the regular sizes.
    var isRender = false
    var prepare: @Sendable (Fixture) throws -> Void = { _ in }
    var run: @Sendable (Fixture) throws -> StageOutput
    /// Checks the inputs once the stage was measured (that generated maps are valid).
    var check: @Sendable (Fixture) throws -> Void = { _ in }

    /// Every stage, in pipeline order.
    static let all: [Stage] = [
        Stage(name: "generate", summary: "MapGenerator.generate() (building the input)") { fixture in
            let text = fixture.generator.generate()
            return StageOutput(size: text.utf8.count, product: text)
        },
        Stage(name: "load", summary: "UTF-8 validation and line table (SourceLoader.decode)", prepare: { _ = $0.bytes }) { fixture in
            let source = Fixture.load(fixture.bytes, path: "generated.kmap")
            return StageOutput(size: source.lineStarts.count, product: source)
        },
        Stage(name: "parse", summary: "lexing and parsing to the syntax tree (Parser.parse)", prepare: { _ = $0.source }) { fixture in
            let parsed = Parser.parse(fixture.source)
            return StageOutput(size: parsed.file.statements.count, product: parsed)
        },
        Stage(
            name: "resolve", summary: "names, attributes and the flow graph (Resolver.resolve)",
            prepare: { _ = $0.parsed },
            run: { fixture in
                let resolved = Resolver.resolve(fixture.parsed.file, source: fixture.source)
                return StageOutput(size: resolved.map.flows.count, product: resolved)
            },
            check: { try $0.validate() }
        ),
        Stage(name: "analyze", summary: "waves and every gap rule (Analyzer.analyze)", prepare: { _ = $0.resolved }) { fixture in
            let analysis = Analyzer.analyze(fixture.resolved.map)
            return StageOutput(size: analysis.findings.count, product: analysis)
        },
        Stage(name: "report-text", summary: "the findings as `kmap check` prints them (FindingsTextReporter)", prepare: { _ = $0.analysis }) { fixture in
            let text = FindingsTextReporter.report(fixture.analysis)
            return StageOutput(size: text.utf8.count, product: text)
        },
        Stage(name: "json", summary: "the findings as JSON (FindingsJSONReporter)", prepare: { _ = $0.analysis }) { fixture in
            let json = FindingsJSONReporter.report(fixture.analysis)
            return StageOutput(size: json.utf8.count, product: json)
        },
        Stage(name: "format", summary: "canonical text of the syntax tree (Formatter.format)", prepare: { _ = $0.parsed }) { fixture in
            let text = Formatter.format(fixture.parsed.file)
            return StageOutput(size: text.utf8.count, product: text)
        },
    ]

    /// The stages named in `names` (all when empty), in pipeline order.
    static func named(_ names: [String]) throws -> [Stage] {
        if names.isEmpty { return all }
        for name in names where !all.contains(where: { $0.name == name }) {
            throw BenchError("unknown stage '\(name)'; stages: \(all.map(\.name).joined(separator: ", "))")
        }
        return all.filter { names.contains($0.name) }
    }
}
