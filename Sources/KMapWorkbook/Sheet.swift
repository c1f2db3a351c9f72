/// One table of a workbook: a name, a header row of column names, then rows of text cells.
///
/// Cells are text whatever type a spreadsheet gave them: readers turn numbers, booleans and dates
/// into the text a person would type (see ``XLSXReader``), so the map builder reads one kind of value.
public struct Sheet: Hashable, Sendable {
    /// One row below the header.
    public struct Row: Hashable, Sendable {
        /// The row's number as a spreadsheet shows it (the header is row 1).
        public var number: Int
        /// Cells by column position; a row may be shorter than the header (blank cells at its end).
        public var cells: [String]

        public init(number: Int, cells: [String]) {
            self.number = number
            self.cells = cells
        }

        /// The cell in column `index`, blank when the row stops before it.
        public subscript(index: Int) -> String { cells.indices.contains(index) ? cells[index] : "" }

        /// Whether every cell is blank (rows a person left empty are skipped).
        public var isBlank: Bool { cells.allSatisfy { $0.trimmingSpaces.isEmpty } }
    }

    public var name: String
    /// Column names, as written in the header row.
    public var columns: [String]
    public var rows: [Row]

    public init(name: String, columns: [String], rows: [Row]) {
        self.name = name
        self.columns = columns
        self.rows = rows
    }

    /// A sheet built from cell values, numbering rows from 2 as a spreadsheet does.
    public init(name: String, columns: [String], values: [[String]]) {
        self.init(name: name, columns: columns, rows: values.enumerated().map { Row(number: $0.offset + 2, cells: $0.element) })
    }

    /// The position of the column named `name` (case and surrounding spaces ignored).
    public func column(_ name: String) -> Int? {
        let wanted = name.lowercased()
        return columns.firstIndex { $0.trimmingSpaces.lowercased() == wanted }
    }

    /// The spreadsheet letter of a column position: 0 is `A`, 26 is `AA`.
    public static func letter(ofColumn index: Int) -> String {
        var number = index + 1
        var letters: [Character] = []
        while number > 0 {
            let remainder = (number - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            number = (number - 1) / 26
        }
        return String(letters.reversed())
    }
}

/// The sheets of one workbook, in order.
public struct Workbook: Hashable, Sendable {
    public var sheets: [Sheet]

    public init(sheets: [Sheet]) {
        self.sheets = sheets
    }

    /// The sheet named `name` (case ignored).
    public func sheet(named name: String) -> Sheet? {
        let wanted = name.lowercased()
        return sheets.first { $0.name.trimmingSpaces.lowercased() == wanted }
    }
}

extension String {
    /// The text without leading and trailing spaces, tabs and line breaks.
    var trimmingSpaces: String {
        let scalars = unicodeScalars
        let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{A0}" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }), let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
        return String(scalars[first...last])
    }
}
