import CGraphviz
import KMapFuzzChecks

/// libFuzzer entry point for the whole pipeline (see ``PipelineChecks``): a broken promise stops
/// the run, and libFuzzer keeps the input.
///
/// Built only for fuzzing (see `fuzz/run.sh`); under a plain `swift build` it is an inert program.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let broken = PipelineChecks.brokenPromises(Array(UnsafeBufferPointer(start: data, count: count)), readDOT: readDOT)
    if let first = broken.first { fatalError("pipeline promise broken: \(first)") }
    return 0
}

/// Counts the nodes and edges of DOT text with cgraph's own parser (no layout). The fuzzer runs
/// one input at a time, so nothing else uses Graphviz meanwhile.
private func readDOT(_ text: String) -> (nodes: Int, edges: Int)? {
    guard let graph = text.withCString({ agmemread($0) }) else { return nil }
    defer { agclose(graph) }
    return (Int(agnnodes(graph)), Int(agnedges(graph)))
}
