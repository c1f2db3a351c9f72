import KMapLanguage

/// The front end's promises for any bytes: decode, parse, render diagnostics, format.
///
/// - Every diagnostic range (and note and fix-it range) lies inside the text.
/// - Text and JSON rendering of the diagnostics succeed.
/// - A file without syntax errors formats to text that parses without errors to the same tree,
///   and formatting that text again changes nothing.
///
/// `KMapFuzzParser` runs this on every input libFuzzer makes; the regression tests replay the
/// inputs kept in `fuzz/regressions/KMapFuzzParser/`.
public enum FrontEndChecks {
    /// The promises `bytes` broke, each as a sentence; empty when all were kept (or the bytes
    /// are not UTF-8, which the loader refuses before parsing).
    public static func brokenPromises(_ bytes: [UInt8]) -> [String] {
        guard case .success(let source) = SourceLoader.decode(bytes: bytes, path: "fuzz.kmap") else { return [] }
        let parsed = Parser.parse(source)
        var broken = rangeProblems(parsed.diagnostics, size: source.bytes.count)
        _ = DiagnosticRenderer.render(parsed.diagnostics, in: source, useColor: true, showID: true)
        _ = DiagnosticJSON.encode(parsed.diagnostics, in: source)
        if !parsed.diagnostics.hasErrors { broken += formattingProblems(parsed.file) }
        return broken
    }

    static func rangeProblems(_ diagnostics: [Diagnostic], size: Int) -> [String] {
        func inside(_ range: SourceRange) -> Bool { range.start >= 0 && range.start <= range.end && range.end <= size }
        var broken: [String] = []
        for diagnostic in diagnostics {
            if !inside(diagnostic.range) { broken.append("\(diagnostic.id) range \(diagnostic.range) outside \(size) bytes") }
            for note in diagnostic.notes {
                if let range = note.range, !inside(range) { broken.append("\(diagnostic.id) note range \(range) outside the text") }
            }
            if let fixIt = diagnostic.fixIt, !inside(fixIt.range) { broken.append("\(diagnostic.id) fix-it range outside the text") }
        }
        return broken
    }

    private static func formattingProblems(_ file: MapFile) -> [String] {
        let formatted = Formatter.format(file)
        let reparsed = Parser.parse(SourceFile(path: "formatted.kmap", text: formatted))
        if reparsed.diagnostics.hasErrors {
            return ["formatted text does not parse: \(reparsed.diagnostics.map(\.message))\n\(formatted)"]
        }
        if reparsed.file.withoutRanges() != file.withoutRanges() { return ["formatting changed the tree:\n\(formatted)"] }
        if Formatter.format(reparsed.file) != formatted { return ["formatting is not idempotent:\n\(formatted)"] }
        return []
    }
}
