import CGraphviz
import Foundation
import KMapAnalysis
import KMapLanguage
import KMapModel
import KMapRender
import KMapReport

/// libFuzzer entry point for the whole pipeline: decode, parse, resolve, analyze, then every
/// output (findings as text, JSON and SARIF; DOT and Mermaid for both views; the HTML and
/// Markdown reports; JSON and CSV export), and CSV import of the same bytes.
///
/// The map is analyzed even when it has errors (the resolver promises a usable map in every
/// case). Beyond "does not crash", each input checks the promises of ``PipelineChecks``:
/// findings point inside the text, JSON is well-formed, labels stay inert in DOT, HTML,
/// Markdown and CSV, and an imported table becomes a map that parses.
///
/// Built only for fuzzing (see `fuzz/run.sh`); under a plain `swift build` it is an inert program.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    guard case .success(let source) = SourceLoader.decode(bytes: bytes, path: "fuzz.kmap") else { return 0 }
    let parsed = Parser.parse(source)
    let resolved = Resolver.resolve(parsed.file, source: source)
    PipelineChecks.graph(resolved.map)
    let result = Analyzer.analyze(resolved.map)
    PipelineChecks.findings(result, size: source.bytes.count)
    _ = DiagnosticRenderer.render(resolved.diagnostics + result.configurationDiagnostics, in: source, showID: true)
    _ = FindingsTextReporter.report(result, useColor: true)
    PipelineChecks.json(FindingsJSONReporter.report(result), "findings JSON")
    PipelineChecks.json(SARIFReporter.report(result, toolVersion: "fuzz"), "SARIF")
    if let export = try? JSONExport.encode(result) { PipelineChecks.json(export, "JSON export") }
    PipelineChecks.csvExport(CSVExport.encode(result.map))
    PipelineChecks.html(HTMLReport.render(result, diagramSVG: nil))
    PipelineChecks.markdown(MarkdownReport.render(result, diagramFile: "map.svg"))
    let input = ReportDiagram.input(for: result)
    for view in DiagramOptions.View.allCases {
        let options = DiagramOptions(view: view)
        if let graph = try? DiagramBuilder.graph(for: input, options: options) { PipelineChecks.dot(graph) }
        _ = try? MermaidWriter.flowchart(for: input, options: options)
    }
    PipelineChecks.csvImport(CSVImport.importMap(csv: source.text, title: "Imported", source: "fuzz.csv"))
    return 0
}

/// The promises the pipeline keeps for every input; a broken one stops the run with a message,
/// and libFuzzer saves the input.
enum PipelineChecks {
    static func fail(_ message: String) -> Never {
        fatalError("pipeline invariant broken: \(message)")
    }

    /// Every flow joins two distinct nodes of the map.
    static func graph(_ map: KMap) {
        let nodes = map.nodeCount
        for flow in map.flows {
            let from = map.nodeIndex(flow.from)
            let to = map.nodeIndex(flow.to)
            if from < 0 || from >= nodes || to < 0 || to >= nodes { fail("flow \(flow) points outside the \(nodes) nodes") }
            if from == to { fail("self-flow \(map.id(of: flow.from)) kept in the graph") }
        }
    }

    /// Every finding points inside the text.
    static func findings(_ result: AnalysisResult, size: Int) {
        for finding in result.findings + result.suppressed {
            let range = finding.range
            if range.start < 0 || range.start > range.end || range.end > size {
                fail("\(finding.code) range \(range) outside \(size) bytes")
            }
        }
    }

    static func json(_ text: String, _ what: String) {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
        } catch {
            fail("\(what) is not valid JSON: \(error)\n\(text.prefix(2_000))")
        }
    }

    /// No tag that runs code or loads anything can come from a label: the page has no script,
    /// image, frame, object or embed of its own, and every `<` of user text is escaped.
    static func html(_ page: String) {
        let lowered = page.lowercased()
        for tag in ["<script", "<img", "<iframe", "<object", "<embed", "<svg", "href=\"javascript:", "<a href=\"java"] where lowered.contains(tag) {
            fail("HTML report contains '\(tag)'")
        }
    }

    /// Every row of a Markdown table has as many cell separators as its header: a `|` in a label
    /// is escaped, and no label breaks a row across lines.
    static func markdown(_ text: String) {
        var expected: Int?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            guard line.hasPrefix("|") else {
                expected = nil
                continue
            }
            var separators = 0
            var escaped = false
            for character in line {
                if character == "|", !escaped { separators += 1 }
                escaped = character == "\\" && !escaped
            }
            if let expected, separators != expected { fail("Markdown table row has \(separators) separators, header \(expected): \(line)") }
            expected = expected ?? separators
        }
    }

    /// No exported cell starts with a character a spreadsheet runs as a formula.
    static func csvExport(_ text: String) {
        for cell in CSVCells.cells(of: text) {
            if let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
                fail("CSV export cell starts with a formula character: \(cell.prefix(100))")
            }
        }
    }

    /// An imported table without errors becomes map text that parses without errors.
    static func csvImport(_ result: CSVImportResult) {
        guard !result.hasErrors else { return }
        guard let text = result.mapText else { fail("CSV import without errors produced no map") }
        let parsed = Parser.parse(SourceFile(path: "imported.kmap", text: text))
        if parsed.hasErrors { fail("imported map does not parse: \(parsed.diagnostics.map(\.message))\n\(text.prefix(2_000))") }
    }

    /// Graphviz reads the DOT text back with exactly the nodes and edges the diagram declared:
    /// no label opened a statement of its own.
    static func dot(_ graph: DOTGraph) {
        let text = DOTWriter.write(graph)
        guard let parsed = text.withCString({ agmemread($0) }) else { fail("Graphviz cannot read the DOT text:\n\(text.prefix(2_000))") }
        defer { agclose(parsed) }
        let nodes = Set(graph.nodes.map(\.name) + graph.subgraphs.flatMap(declaredNodes))
        if Int(agnnodes(parsed)) != nodes.count || Int(agnedges(parsed)) != graph.edges.count {
            fail("DOT has \(agnnodes(parsed)) nodes and \(agnedges(parsed)) edges, the diagram \(nodes.count) and \(graph.edges.count)")
        }
    }

    /// Names of the nodes declared in a subgraph and the subgraphs inside it (a few levels).
    private static func declaredNodes(_ subgraph: DOTSubgraph) -> [String] {
        subgraph.nodes.map(\.name) + subgraph.members + subgraph.subgraphs.flatMap(declaredNodes)
    }
}

/// Splits RFC 4180 text into cells (quoted cells may hold commas, quotes and line breaks).
enum CSVCells {
    static func cells(of text: String) -> [String] {
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var scalars = text.unicodeScalars.drop { $0 == "\u{FEFF}" }[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" { cell.unicodeScalars.append(scalars.removeFirst()) } else { quoted = false }
                } else {
                    cell.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"", cell.isEmpty {
                quoted = true
            } else if scalar == "," || scalar == "\n" {
                cells.append(cell)
                cell = ""
            } else if scalar != "\r" {
                cell.unicodeScalars.append(scalar)
            }
        }
        if !cell.isEmpty { cells.append(cell) }
        return cells
    }
}
