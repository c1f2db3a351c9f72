import KMapFuzzChecks

/// libFuzzer entry point for the `.kmap.yml` reader (see ``ConfigurationChecks``): a broken promise stops the
/// run, and libFuzzer keeps the input.
///
/// Built only for fuzzing (see `fuzz/run.sh`); under a plain `swift build` it is an inert program.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let broken = ConfigurationChecks.brokenPromises(Array(UnsafeBufferPointer(start: data, count: count)))
    if let first = broken.first { fatalError("the `.kmap.yml` reader: promise broken: \(first)") }
    return 0
}
