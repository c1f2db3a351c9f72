import Foundation
import KMapAnalysis
import KMapLanguage
import KMapModel
import KMapReport

/// libFuzzer entry point for the whole pipeline: decode, parse, resolve, analyze, report.
///
/// The map is analyzed even when it has errors (the resolver promises a usable map in every
/// case). Beyond "does not crash", each input checks that every finding points inside the text
/// and that the JSON and SARIF reports are well-formed JSON whatever the labels hold.
///
/// Built only for fuzzing (see `fuzz/run.sh`); under a plain `swift build` it is an inert program.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    guard case .success(let source) = SourceLoader.decode(bytes: bytes, path: "fuzz.kmap") else { return 0 }
    let parsed = Parser.parse(source)
    let resolved = Resolver.resolve(parsed.file, source: source)
    checkGraph(resolved.map)
    let result = Analyzer.analyze(resolved.map)
    checkFindings(result, size: source.bytes.count)
    _ = DiagnosticRenderer.render(resolved.diagnostics + result.configurationDiagnostics, in: source, showID: true)
    _ = FindingsTextReporter.report(result, useColor: true)
    checkJSON(FindingsJSONReporter.report(result), "findings JSON")
    checkJSON(SARIFReporter.report(result, toolVersion: "fuzz"), "SARIF")
    return 0
}

/// Stops with a message naming the broken promise; libFuzzer then saves the input.
private func fail(_ message: String) -> Never {
    fatalError("pipeline invariant broken: \(message)")
}

private func checkGraph(_ map: KMap) {
    let nodes = map.nodeCount
    for flow in map.flows {
        let from = map.nodeIndex(flow.from)
        let to = map.nodeIndex(flow.to)
        if from < 0 || from >= nodes || to < 0 || to >= nodes { fail("flow \(flow) points outside the \(nodes) nodes") }
        if from == to { fail("self-flow \(map.id(of: flow.from)) kept in the graph") }
    }
}

private func checkFindings(_ result: AnalysisResult, size: Int) {
    for finding in result.findings + result.suppressed {
        let range = finding.range
        if range.start < 0 || range.start > range.end || range.end > size {
            fail("\(finding.code) range \(range) outside \(size) bytes")
        }
    }
}

private func checkJSON(_ text: String, _ what: String) {
    do {
        _ = try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
    } catch {
        fail("\(what) is not valid JSON: \(error)\n\(text.prefix(2_000))")
    }
}
