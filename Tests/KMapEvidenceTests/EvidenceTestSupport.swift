import KMapAnalysis
import KMapEvidence
import KMapLanguage
import KMapModel
import KMapPipeline
import Testing

/// Compiles map text, failing the test on diagnostics with errors.
func compile(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> KMap {
    let compiled = Pipeline.compile(SourceFile(path: "example.kmap", text: text))
    #expect(!compiled.diagnostics.hasErrors, "\(compiled.diagnostics.map(\.message))", sourceLocation: sourceLocation)
    return compiled.map
}

/// Reads `log` (named `log.csv`) against `map`.
func read(_ log: String, against map: KMap) -> Evidence {
    EvidenceReader.read([SourceFile(path: "log.csv", text: log)], against: map)
}

/// The log's diagnostics as `line:column: CODE message`.
func described(_ evidence: Evidence) -> [String] {
    evidence.diagnostics.map { entry in
        let location = evidence.logs[entry.log].location(of: entry.diagnostic.range.start)
        return "\(location): \(entry.diagnostic.id.code) \(entry.diagnostic.message)"
    }
}
