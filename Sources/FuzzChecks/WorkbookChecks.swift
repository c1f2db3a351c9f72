import Foundation
import KMapLanguage
import KMapWorkbook

/// The workbook reader's promises for any bytes:
///
/// - Reading never traps: bytes that are no workbook are a ``WorkbookReadError``.
/// - A workbook imported without errors gives map text that parses without errors.
///
/// `KMapFuzzWorkbook` runs this on every input libFuzzer makes.
public enum WorkbookChecks {
    public static func brokenPromises(_ bytes: [UInt8]) -> [String] {
        guard let text = importedMap(bytes) else { return [] }
        let parsed = Parser.parse(SourceFile(path: "imported.kmap", text: text))
        return parsed.diagnostics.hasErrors ? ["the imported map does not parse:\n\(text.prefix(2_000))"] : []
    }

    /// The map text `kmap import` makes of `bytes`; nil when they are no workbook or the import
    /// has errors.
    public static func importedMap(_ bytes: [UInt8]) -> String? {
        guard let workbook = try? XLSXReader.workbook(from: Data(bytes)) else { return nil }
        let result = SheetImport.importMap(workbook, title: "Fuzzed")
        return result.problems.hasErrors ? nil : result.mapText
    }
}
