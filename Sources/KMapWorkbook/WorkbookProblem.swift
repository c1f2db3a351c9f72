import KMapLanguage

/// Where in a workbook something is: a sheet (or, for a folder, its CSV file), and a row and a
/// column when the problem is one cell's.
public struct CellPlace: Hashable, Sendable, CustomStringConvertible {
    /// The sheet's name (`activities`), or the file's name for a folder of CSV files.
    public var sheet: String
    /// The row as a spreadsheet numbers it (the header is row 1); nil for the whole sheet.
    public var row: Int?
    /// The column position (0 is `A`); nil for the whole row.
    public var column: Int?
    /// The column's header, when known (`by`).
    public var header: String?

    public init(sheet: String, row: Int? = nil, column: Int? = nil, header: String? = nil) {
        self.sheet = sheet
        self.row = row
        self.column = column
        self.header = header
    }

    /// `activities!D7 (by)`, `activities row 7`, `activities`.
    public var description: String {
        guard let row else { return sheet }
        guard let column else { return "\(sheet) row \(row)" }
        return "\(sheet)!\(Sheet.letter(ofColumn: column))\(row)" + (header.map { " (\($0))" } ?? "")
    }
}

/// A problem with an imported workbook: where, how serious, and why.
public struct WorkbookProblem: SeverityRated, Hashable, Sendable, CustomStringConvertible {
    /// Nil for a problem with the whole file (it is not a workbook at all, say).
    public var place: CellPlace?
    public var severity: Severity
    public var message: String

    public init(place: CellPlace?, severity: Severity, message: String) {
        self.place = place
        self.severity = severity
        self.message = message
    }

    /// `activities!D7 (by): error: no stakeholder 'x' is declared`.
    public var description: String {
        (place.map { "\($0): " } ?? "") + "\(severity.rawValue): \(message)"
    }
}

/// What reading a workbook produced: the map in canonical layout, unless something had an
/// error, and the problems in the order of the sheets and rows.
public typealias WorkbookImportResult = ImportResult<WorkbookProblem>
