import KMapLanguage
import KMapReport

/// The CSV importer's promises for any bytes:
///
/// - A table without errors becomes a map that parses without errors and is already canonical
///   (formatting it changes nothing).
/// - Every problem names a row inside the table (or the whole file).
///
/// `KMapFuzzImport` runs this on every input libFuzzer makes.
public enum ImportChecks {
    public static func brokenPromises(_ bytes: [UInt8]) -> [String] {
        guard case .success(let source) = SourceLoader.decode(bytes: bytes, path: "fuzz.csv") else { return [] }
        let result = CSVImport.importMap(csv: source.text, title: "Imported", source: "fuzz.csv")
        let lines = source.text.utf8.count { $0 == 0x0A || $0 == 0x0D } + 1
        var broken = result.problems.compactMap { problem in
            problem.row.flatMap { $0 < 1 || $0 > lines ? "problem in row \($0) of a \(lines)-line table: \(problem.message)" : nil }
        }
        broken += PipelineChecks.csvImport(result)
        if let text = result.mapText, !result.problems.hasErrors {
            let parsed = Parser.parse(SourceFile(path: "imported.kmap", text: text))
            if !parsed.diagnostics.hasErrors, Formatter.format(parsed.file) != text { broken.append("the imported map is not canonical:\n\(text.prefix(2_000))") }
        }
        return broken
    }
}
