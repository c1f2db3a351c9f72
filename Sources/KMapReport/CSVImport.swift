import CSV
import Foundation
import KMapLanguage
import KMapModel
import KMapText

/// A problem with an imported table: in which row (the header is row 1, as a spreadsheet numbers
/// them), how serious, and why.
public struct CSVImportProblem: SeverityRated, Hashable, Sendable, CustomStringConvertible {
    /// The 1-based row, or nil for a problem with the whole file.
    public var row: Int?
    public var severity: Severity
    public var message: String

    public init(row: Int?, severity: Severity, message: String) {
        self.row = row
        self.severity = severity
        self.message = message
    }

    /// `row 4: error: the label is empty`.
    public var description: String {
        (row.map { "row \($0)" } ?? "file") + ": \(severity.rawValue): \(message)"
    }
}

/// What an import produced: the map in canonical layout, unless some row had an error, and
/// the problems, file problems first, then by row.
public typealias CSVImportResult = ImportResult<CSVImportProblem>

/// `kmap import`: reads an activity table (see ``ActivityTable``) and writes it as a map.
///
/// Columns are matched by header name, case-insensitively, in any order; `id`, `phase` and
/// `label` are required. Quoted fields, line breaks inside quotes, a byte-order mark and
/// semicolon- or tab-separated files are read. Every row with a problem is reported with its row
/// number; a table with any error produces no map, so nothing is silently dropped.
public enum CSVImport {
    /// Imports `csv`. `title` becomes the map's title; `source` (the file name) is named in a
    /// comment at the top of the map.
    public static func importMap(csv: String, title: String, source: String) -> CSVImportResult {
        let delimiter = CSVStructure.delimiter(of: csv)
        let structure = CSVStructure.problems(in: csv, delimiter: delimiter)
        guard structure.isEmpty else {
            return CSVImportResult(mapText: nil, problems: structure.map { CSVImportProblem(row: $0.row, severity: .error, message: $0.message) })
        }
        var problems: [CSVImportProblem] = []
        var records: [[String]] = []
        do {
            let reader = try CSVReader(string: csv, hasHeaderRow: false, delimiter: delimiter)
            while let record = reader.next() { records.append(record) }
        } catch {
            return CSVImportResult(mapText: nil, problems: [CSVImportProblem(row: nil, severity: .error, message: "the file cannot be read as CSV: \(error)")])
        }
        guard let header = records.first, let columns = TableHeader.columns(of: header, problems: &problems) else {
            if records.isEmpty { problems.append(CSVImportProblem(row: nil, severity: .error, message: "the file is empty; it needs a header row and one row per activity")) }
            return CSVImportResult(mapText: nil, problems: problems)
        }
        let reader = RowReader(columns: columns)
        var rows: [ImportedRow] = []
        for (offset, fields) in records.enumerated().dropFirst() {
            let row = offset + 1
            if fields.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            if fields.count > header.count, fields[header.count...].contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) {
                problems.append(CSVImportProblem(row: row, severity: .error, message: "the row has \(fields.count) cells but the header names \(header.count) columns"))
                continue
            }
            rows.append(reader.read(fields, row: row, problems: &problems))
        }
        var table = TableCheck(rows: rows)
        table.check()
        problems += table.problems
        if rows.isEmpty && !problems.hasErrors {
            problems.append(CSVImportProblem(row: nil, severity: .error, message: "the table has no rows to import"))
        }
        guard !problems.hasErrors else {
            return CSVImportResult(mapText: nil, problems: sorted(problems))
        }
        if let phases = table.customPhases {
            let list = phases.joined(separator: ", ")
            problems.append(CSVImportProblem(row: nil, severity: .warning, message: "the phases are not kmap's default ones; they are declared in the order they first appear: \(list)"))
        }
        let text = ImportedMapText(title: title, source: source, tableRows: rows, phases: table.customPhases)
        return finish(text, problems: problems)
    }

    /// Checks the written map (``ImportedMapCheck``) and reports its diagnostics against the rows
    /// they came from.
    private static func finish(_ text: ImportedMapText, problems: [CSVImportProblem]) -> CSVImportResult {
        let check = ImportedMapCheck(text.text)
        let found = check.problems.map { problem in
            CSVImportProblem(row: text.rows.indices.contains(problem.line - 1) ? text.rows[problem.line - 1] : nil,
                             severity: problem.severity, message: problem.message)
        }
        return CSVImportResult(mapText: check.formatted, problems: sorted(problems + found))
    }

    /// File problems first, then by row; a row's problems keep the order they were found in.
    private static func sorted(_ problems: [CSVImportProblem]) -> [CSVImportProblem] {
        problems.enumerated().sorted { ($0.element.row ?? 0, $0.offset) < ($1.element.row ?? 0, $1.offset) }.map(\.element)
    }
}
