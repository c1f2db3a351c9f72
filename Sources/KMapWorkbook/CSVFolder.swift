import CSV
import KMapReport
import KMapText

/// A workbook as a folder of CSV files, one per sheet (`activities.csv`, ...): UTF-8 with a
/// byte-order mark, CRLF line ends, and cells a spreadsheet would run as formulas guarded with
/// `'` (undone on reading), as the single activity table is written.
public enum CSVFolder {
    /// The extension of each file.
    public static let fileExtension = "csv"

    /// Each sheet's file name and text.
    public static func files(of workbook: Workbook) -> [(name: String, text: String)] {
        workbook.sheets.map { sheet in
            let lines = [CSVText.exactLine(sheet.columns)] + sheet.rows.map { CSVText.exactLine($0.cells) }
            return ("\(sheet.name).\(fileExtension)", CSVExport.byteOrderMark + lines.joined(separator: "\r\n") + "\r\n")
        }
    }

    /// The workbook of a folder's CSV files (name and text), sheets named after the files and in
    /// the layout's order, then any others by name. A file that is not CSV is a problem in it.
    public static func workbook(from files: [(name: String, text: String)]) -> (workbook: Workbook, problems: [WorkbookProblem]) {
        var sheets: [Sheet] = []
        var problems: [WorkbookProblem] = []
        let order = { (name: String) in SheetLayout.sheetNames.firstIndex(of: sheetName(of: name).lowercased()) ?? SheetLayout.sheetNames.count }
        for file in files.sorted(by: { (order($0.name), $0.name) < (order($1.name), $1.name) }) {
            do {
                sheets.append(try sheet(named: sheetName(of: file.name), text: file.text))
            } catch {
                problems.append(WorkbookProblem(place: CellPlace(sheet: file.name), severity: .error, message: "the file cannot be read as CSV: \(error)"))
            }
        }
        return (Workbook(sheets: sheets), problems)
    }

    private static func sheetName(of file: String) -> String {
        file.lowercased().hasSuffix(".\(fileExtension)") ? String(file.dropLast(fileExtension.count + 1)) : file
    }

    private static func sheet(named name: String, text: String) throws -> Sheet {
        let body = text.hasPrefix(CSVExport.byteOrderMark) ? String(text.unicodeScalars.dropFirst()) : text
        let reader = try CSVReader(string: body, hasHeaderRow: false)
        var records: [[String]] = []
        while let record = reader.next() { records.append(record.map(CSVText.unguarded)) }
        if let error = reader.error { throw error }
        guard let header = records.first else { return Sheet(name: name, columns: [], rows: []) }
        let rows = records.dropFirst().enumerated().map { Sheet.Row(number: $0.offset + 2, cells: $0.element) }
        return Sheet(name: name, columns: header, rows: rows)
    }
}
