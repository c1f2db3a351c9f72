import Foundation
import KMapAnalysis
import KMapLanguage
import KMapModel
import KMapPipeline
import KMapRender
import KMapReport

/// The pipeline's promises for any bytes: decode, parse, resolve, analyze, then every output
/// (findings as text, JSON and SARIF; DOT and Mermaid for both views; the HTML and Markdown
/// reports; JSON and CSV export), and CSV import of the same bytes.
///
/// The map is analyzed even when it has errors (the resolver promises a usable map in every
/// case). Beyond "does not crash": findings point inside the text, JSON is well-formed, labels
/// stay inert in DOT, HTML, Markdown and CSV, and an imported table becomes a map that parses.
///
/// `KMapFuzzPipeline` runs this on every input libFuzzer makes; the regression tests replay the
/// inputs kept in `fuzz/regressions/KMapFuzzPipeline/`.
public enum PipelineChecks {
    /// Reads DOT text with Graphviz and counts its nodes and edges; nil when Graphviz cannot
    /// read it. The fuzz target calls the C library; tests, which run beside other users of
    /// Graphviz (not thread-safe), call the `gc` program.
    public typealias DOTReader = (String) -> (nodes: Int, edges: Int)?

    /// The promises `bytes` broke, each as a sentence; empty when all were kept. Without
    /// `readDOT`, the DOT text is not read back.
    public static func brokenPromises(_ bytes: [UInt8], readDOT: DOTReader? = nil) -> [String] {
        guard case .success(let run) = Pipeline.run(.bytes(bytes, name: "fuzz.kmap")) else { return [] }
        let source = run.source
        let result = run.analysis
        var broken = graph(run.map)
        broken += findings(result, size: source.bytes.count)
        _ = DiagnosticRenderer.render(run.diagnostics + result.configurationDiagnostics, in: source, showID: true)
        _ = FindingsTextReporter.report(result, useColor: true)
        broken += json(FindingsJSONReporter.report(result), "findings JSON")
        broken += json(SARIFReporter.report(result, toolVersion: "fuzz"), "SARIF")
        broken += json(JSONExport.encode(result), "JSON export")
        broken += csvExport(CSVExport.encode(result.map))
        broken += html(HTMLReport.render(result, diagram: nil))
        let linked = (LinkedDiagram(file: "map.svg", elements: []), LinkedDiagram(file: "map-stakeholders.svg", elements: []))
        broken += markdown(MarkdownReport.render(result, diagram: linked.0, stakeholderDiagram: linked.1))
        let input = DiagramInput(analysis: result)
        for view in DiagramOptions.View.allCases {
            let options = DiagramOptions(view: view)
            if let readDOT, let graph = try? DiagramBuilder.graph(for: input, options: options) { broken += dot(graph, readDOT) }
            _ = try? MermaidWriter.flowchart(for: input, options: options)
        }
        broken += csvImport(CSVImport.importMap(csv: source.text, title: "Imported", source: "fuzz.csv"))
        return broken
    }

    /// Every flow joins two distinct nodes of the map.
    static func graph(_ map: KMap) -> [String] {
        let nodes = map.nodeCount
        return map.flows.compactMap { flow in
            let from = map.nodeIndex(flow.from)
            let to = map.nodeIndex(flow.to)
            if from < 0 || from >= nodes || to < 0 || to >= nodes { return "flow \(flow) points outside the \(nodes) nodes" }
            return from == to ? "self-flow \(map.id(of: flow.from)) kept in the graph" : nil
        }
    }

    /// Every finding points inside the text.
    static func findings(_ result: AnalysisResult, size: Int) -> [String] {
        (result.findings + result.suppressed).compactMap { finding in
            let range = finding.range
            return range.start < 0 || range.start > range.end || range.end > size
                ? "\(finding.code) range \(range) outside \(size) bytes" : nil
        }
    }

    static func json(_ text: String, _ what: String) -> [String] {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            return []
        } catch {
            return ["\(what) is not valid JSON: \(error)\n\(text.prefix(2_000))"]
        }
    }

    /// An imported table without errors becomes map text that parses without errors.
    static func csvImport(_ result: CSVImportResult) -> [String] {
        guard !result.problems.hasErrors else { return [] }
        guard let text = result.mapText else { return ["CSV import without errors produced no map"] }
        let parsed = Parser.parse(SourceFile(path: "imported.kmap", text: text))
        return parsed.diagnostics.hasErrors ? ["imported map does not parse: \(parsed.diagnostics.map(\.message))\n\(text.prefix(2_000))"] : []
    }

    /// Graphviz reads the DOT text back with exactly the nodes and edges the diagram declared:
    /// no label opened a statement of its own.
    static func dot(_ graph: DOTGraph, _ readDOT: DOTReader) -> [String] {
        let text = DOTWriter.write(graph)
        guard let counts = readDOT(text) else { return ["Graphviz cannot read the DOT text:\n\(text.prefix(2_000))"] }
        let nodes = Set(graph.nodes.map(\.name) + graph.subgraphs.flatMap(declaredNodes))
        guard counts.nodes == nodes.count, counts.edges == graph.edges.count else {
            return ["DOT has \(counts.nodes) nodes and \(counts.edges) edges, the diagram \(nodes.count) and \(graph.edges.count)"]
        }
        return []
    }

    /// Names of the nodes declared in a subgraph and the subgraphs inside it (a few levels).
    private static func declaredNodes(_ subgraph: DOTSubgraph) -> [String] {
        subgraph.nodes.map(\.name) + subgraph.members + subgraph.subgraphs.flatMap(declaredNodes)
    }

    private static func html(_ page: String) -> [String] { OutputChecks.activeHTML(in: page) }
    private static func markdown(_ text: String) -> [String] { OutputChecks.brokenMarkdownTables(in: text) }
    private static func csvExport(_ text: String) -> [String] { OutputChecks.formulaCells(in: text) }
}
