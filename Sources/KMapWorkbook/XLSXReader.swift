import Foundation
import ZIPFoundation

/// Reads an `.xlsx` workbook as Excel, LibreOffice or ``XLSXWriter`` write it: the sheets in
/// workbook order, found through the package relationships; shared, inline and rich-text strings;
/// numbers, booleans and dates turned into the text a person typed (see ``CellValue``); cells
/// placed by their references, so skipped blank cells and rows keep every value in its column.
///
/// Anything that is not such a workbook (not a zip, a part missing or not XML, a part larger than
/// ``maximumPartSize`` once inflated) is a ``WorkbookReadError``, never a crash.
///
/// The zip is always read from a file. ZIPFoundation's in-memory archive traps when the zip's
/// directory points past the end of the bytes (a crafted or damaged file); a file read there
/// simply ends, and ZIPFoundation reports the entry as unreadable.
public enum XLSXReader {
    /// The largest part read, inflated: well above any map, well below a zip bomb's reach.
    public static let maximumPartSize = 64 << 20

    /// Reads the workbook in `data` through a temporary file, removed before it returns.
    public static func workbook(from data: Data) throws(WorkbookReadError) -> Workbook {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kmap-workbook-\(UUID().uuidString).xlsx")
        do { try data.write(to: file) } catch {
            throw WorkbookReadError("the workbook cannot be copied to a temporary file: \(error.localizedDescription)")
        }
        defer { try? FileManager.default.removeItem(at: file) }
        return try workbook(at: file)
    }

    /// Reads the workbook file at `url`.
    public static func workbook(at url: URL) throws(WorkbookReadError) -> Workbook {
        let archive: Archive
        do { archive = try Archive(url: url, accessMode: .read) } catch {
            throw WorkbookReadError("the file is not an .xlsx workbook (it is not a zip archive)")
        }
        let package = PackageParts(archive: archive)
        let workbookPath = try package.officeDocument()
        let workbook = try package.xml(workbookPath)
        let relationships = try package.relationships(of: workbookPath)
        let strings = try package.optionalXML(package.target(ofType: "sharedStrings", in: relationships, from: workbookPath))
            .map(sharedStrings) ?? []
        let styles = try package.optionalXML(package.target(ofType: "styles", in: relationships, from: workbookPath))
            .map(CellStyles.init) ?? CellStyles()
        let uses1904 = workbook.child("workbookPr").map { ["1", "true"].contains($0.attributes["date1904"] ?? "") } ?? false
        let values = CellValue(sharedStrings: strings, styles: styles, uses1904: uses1904)
        var sheets: [Sheet] = []
        for entry in workbook.child("sheets")?.children("sheet") ?? [] {
            let name = entry.attributes["name"] ?? "sheet \(sheets.count + 1)"
            guard let id = entry.attributes["id"], let path = relationships[id].map({ package.resolve($0.target, from: workbookPath) }) else {
                throw WorkbookReadError("the workbook names a sheet '\(name)' it does not contain")
            }
            sheets.append(try sheet(named: name, from: package.xml(path), values: values))
        }
        return Workbook(sheets: sheets)
    }

    /// The strings of `sharedStrings.xml`, rich text runs joined; phonetic guides left out.
    private static func sharedStrings(_ root: XMLNode) -> [String] {
        root.children("si").map { item in
            SpreadsheetText.unescaped(item.child("t")?.allText ?? item.children("r").map { $0.child("t")?.allText ?? "" }.joined())
        }
    }

    private static func sheet(named name: String, from root: XMLNode, values: CellValue) throws(WorkbookReadError) -> Sheet {
        var grid: [(number: Int, cells: [String])] = []
        var nextRow = 1
        for row in root.child("sheetData")?.children("row") ?? [] {
            let number = row.attributes["r"].flatMap(Int.init) ?? nextRow
            guard number >= 1, number <= 1_048_576 else { throw WorkbookReadError("sheet '\(name)' has a row numbered \(number)") }
            nextRow = number + 1
            var cells: [String] = []
            for cell in row.children("c") {
                let column = try cell.attributes["r"].map { reference throws(WorkbookReadError) in try columnIndex(reference, sheet: name) } ?? cells.count
                let text = values.text(of: cell)
                if text.isEmpty { continue }
                if cells.count <= column { cells += Array(repeating: "", count: column - cells.count + 1) }
                cells[column] = text
            }
            grid.append((number, cells))
        }
        guard let header = grid.first(where: { $0.cells.contains { !$0.isEmpty } }) else {
            return Sheet(name: name, columns: [], rows: [])
        }
        let rows = grid.filter { $0.number > header.number }.map { Sheet.Row(number: $0.number, cells: $0.cells) }
        return Sheet(name: name, columns: header.cells, rows: rows)
    }

    /// The column of a cell reference: `C7` is 2.
    private static func columnIndex(_ reference: String, sheet: String) throws(WorkbookReadError) -> Int {
        var index = 0
        var letters = 0
        for scalar in reference.unicodeScalars {
            guard scalar.value >= 65, scalar.value <= 90 || (scalar.value >= 97 && scalar.value <= 122) else { break }
            index = index * 26 + Int(scalar.value & 0x1F)
            letters += 1
            guard letters <= 3 else { break }
        }
        guard letters >= 1, index >= 1, index <= 16_384 else { throw WorkbookReadError("sheet '\(sheet)' has a cell at '\(reference)', which is not a cell reference") }
        return index - 1
    }
}
