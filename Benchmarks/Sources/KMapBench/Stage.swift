import KMapAnalysis
import KMapDiff
import KMapEvidence
import KMapGenerate
import KMapLanguage
import KMapModel
import KMapRender
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

    /// Every stage run at the regular sizes, in pipeline order.
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
        Stage(name: "findings-json", summary: "the findings as `kmap check --format json` prints them", prepare: { _ = $0.analysis }) { fixture in
            let json = FindingsJSONReporter.report(fixture.analysis)
            return StageOutput(size: json.utf8.count, product: json)
        },
        // The broker measures are computed the first time they are read; prepared here, so that
        // a single repetition (1,000,000 activities) times the export, not that analysis.
        Stage(
            name: "export-json", summary: "the whole map and its analysis as JSON bytes, as `kmap export` writes them (JSONExport.encodeUTF8)",
            prepare: { _ = $0.analysis.brokers }
        ) { fixture in
            let json = JSONExport.encodeUTF8(fixture.analysis)
            return StageOutput(size: json.count, product: json)
        },
        Stage(name: "report-html", summary: "the HTML workshop report's page without its diagrams (HTMLReport.render)", prepare: { _ = $0.analysis }) { fixture in
            let html = HTMLReport.render(fixture.analysis, diagram: nil)
            return StageOutput(size: html.utf8.count, product: html)
        },
        Stage(name: "dot", summary: "DOT text of the whole map, every activity drawn (DiagramBuilder.dot)", prepare: { _ = $0.diagram }) { fixture in
            let dot = try DiagramBuilder.dot(for: fixture.diagram, options: Fixture.fullDiagram)
            return StageOutput(size: dot.utf8.count, product: dot)
        },
        Stage(
            name: "collapsed",
            summary: "the default view, collapsed above \(DiagramOptions().collapseThreshold) activities, built and drawn as SVG (Renderer.render)",
            prepare: { _ = $0.diagram }
        ) { fixture in
            let svg = try Renderer.render(fixture.diagram, options: DiagramOptions(), format: .svg)
            return StageOutput(size: svg.count, product: svg)
        },
        Stage(
            name: "diff", summary: "structural and gap comparison with the later version (MapDiffer.diff)",
            prepare: { _ = ($0.analysis, $0.evolvedAnalysis) },
            run: { fixture in
                let diff = MapDiffer.diff(old: fixture.analysis, new: fixture.evolvedAnalysis)
                return StageOutput(size: ChangeKind.allCases.reduce(0) { $0 + diff.count($1) }, product: diff)
            },
            check: { try $0.validateEvolved() }
        ),
        Stage(
            name: "evidence", summary: "an evidence log of 10 rows per activity (at most 100,000) read and checked, with the indicators (EvidenceReader, EvidenceCheck)",
            prepare: { _ = ($0.resolved, $0.evidenceLog) },
            run: { fixture in
                let evidence = EvidenceReader.read([fixture.evidenceLog], against: fixture.resolved.map)
                guard !evidence.hasErrors else { throw BenchError("the generated evidence log has errors: \(evidence.diagnostics.first?.diagnostic.message ?? "")") }
                let result = EvidenceCheck.check(fixture.resolved.map, evidence: evidence)
                let indicators = EvidenceIndicators(result.context)
                return StageOutput(size: evidence.occurrences.count, product: (result, indicators))
            }
        ),
        Stage(name: "format", summary: "canonical text of the syntax tree (Formatter.format)", prepare: { _ = $0.parsed }) { fixture in
            let text = Formatter.format(fixture.parsed.file)
            return StageOutput(size: text.utf8.count, product: text)
        },
    ]

    /// Render stages: the same DOT text laid out and drawn as SVG in process, and by the `dot` program.
    static let render: [Stage] = [
        Stage(name: "render", summary: "Graphviz layout and SVG of that DOT in process (Renderer.render)", isRender: true, prepare: { _ = $0.dot }) { fixture in
            let svg = try Renderer.render(dot: fixture.dot, format: .svg)
            return StageOutput(size: svg.count, product: svg)
        },
        Stage(name: "dot-cli", summary: "`dot -Tsvg` on the same DOT text, for comparison", isRender: true, prepare: { _ = $0.dotFile }) { fixture in
            let outcome = try Spawn.run(["dot", "-Tsvg", fixture.dotFile])
            guard outcome.status == 0 else { throw BenchError("dot -Tsvg failed with exit status \(outcome.status)") }
            return StageOutput(size: outcome.output.utf8.count, product: outcome.output)
        },
    ]

    /// The stages named in `names` (all when empty), in pipeline order.
    static func named(_ names: [String]) throws -> [Stage] {
        let stages = all + render
        if names.isEmpty { return stages }
        for name in names where !stages.contains(where: { $0.name == name }) {
            throw BenchError("unknown stage '\(name)'; stages: \(stages.map(\.name).joined(separator: ", "))")
        }
        return stages.filter { names.contains($0.name) }
    }
}
