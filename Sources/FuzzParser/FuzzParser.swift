import KMapLanguage

/// libFuzzer entry point for the language front end: decode, parse, render diagnostics, format.
///
/// Beyond "does not crash", each input checks the front end's promises:
/// - every diagnostic range (and note and fix-it range) lies inside the text;
/// - text and JSON rendering of the diagnostics succeed;
/// - a file without syntax errors formats to text that parses without errors to the same tree,
///   and formatting that text again changes nothing.
///
/// Built only for fuzzing (see `fuzz/run.sh`); under a plain `swift build` it is an inert program.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: count))
    guard case .success(let source) = SourceLoader.decode(bytes: bytes, path: "fuzz.kmap") else { return 0 }
    let parsed = Parser.parse(source)
    checkRanges(of: parsed.diagnostics, in: source)
    _ = DiagnosticRenderer.render(parsed.diagnostics, in: source, useColor: true, showID: true)
    _ = DiagnosticJSON.encode(parsed.diagnostics, in: source)
    if !parsed.hasErrors { checkFormatting(parsed.file) }
    return 0
}

/// Stops with a message naming the broken promise; libFuzzer then saves the input.
private func fail(_ message: String) -> Never {
    fatalError("front-end invariant broken: \(message)")
}

private func checkRanges(of diagnostics: [Diagnostic], in source: SourceFile) {
    let size = source.bytes.count
    func inside(_ range: SourceRange) -> Bool { range.start >= 0 && range.start <= range.end && range.end <= size }
    for diagnostic in diagnostics {
        if !inside(diagnostic.range) { fail("\(diagnostic.id) range \(diagnostic.range) outside \(size) bytes") }
        for note in diagnostic.notes {
            if let range = note.range, !inside(range) { fail("\(diagnostic.id) note range \(range) outside the text") }
        }
        if let fixIt = diagnostic.fixIt, !inside(fixIt.range) { fail("\(diagnostic.id) fix-it range outside the text") }
    }
}

private func checkFormatting(_ file: MapFile) {
    let formatted = Formatter.format(file)
    let reparsed = Parser.parse(SourceFile(path: "formatted.kmap", text: formatted))
    if reparsed.hasErrors {
        fail("formatted text does not parse: \(reparsed.diagnostics.map(\.message))\n\(formatted)")
    }
    if reparsed.file.withoutRanges() != file.withoutRanges() { fail("formatting changed the tree:\n\(formatted)") }
    if Formatter.format(reparsed.file) != formatted { fail("formatting is not idempotent:\n\(formatted)") }
}
