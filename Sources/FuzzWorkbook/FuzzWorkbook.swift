import KMapFuzzChecks

/// libFuzzer entry point for the workbook reader (see ``WorkbookChecks``): a broken promise stops
/// the run, and libFuzzer keeps the input.
///
/// Built only for fuzzing (see `fuzz/run.sh`); under a plain `swift build` it is an inert program.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let broken = WorkbookChecks.brokenPromises(Array(UnsafeBufferPointer(start: data, count: count)))
    if let first = broken.first { fatalError("the workbook reader: promise broken: \(first)") }
    return 0
}
