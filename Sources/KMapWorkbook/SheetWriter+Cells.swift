import KMapLanguage

/// Reading cells for ``SheetWriter``: by header name, checked, with the place of each.
extension SheetWriter {
    /// The rows of the sheet named `name` that are not blank, with the sheet.
    func rows(of name: String) -> [(Sheet, Sheet.Row)] {
        guard let sheet = workbook.sheet(named: name) else { return [] }
        return sheet.rows.filter { !$0.isBlank }.map { (sheet, $0) }
    }

    /// The cell of `row` under the column named `column`; blank when there is no such column.
    func cell(_ sheet: Sheet, _ row: Sheet.Row, _ column: String) -> String {
        sheet.column(column).map { row[$0] } ?? ""
    }

    func place(_ sheet: Sheet, _ row: Sheet.Row, _ column: String) -> CellPlace {
        let index = sheet.column(column)
        return CellPlace(sheet: sheet.name, row: row.number, column: index, header: index.map { _ in column })
    }

    /// The wave a row belongs to, nil when its `wave` cell is blank.
    func waveCell(_ sheet: Sheet, _ row: Sheet.Row) -> String? {
        let wave = cell(sheet, row, "wave").trimmingSpaces
        return wave.isEmpty ? nil : wave
    }

    /// The one name a cell must hold, or nil after reporting why it does not.
    mutating func name(_ sheet: Sheet, _ row: Sheet.Row, _ column: String) -> String? {
        required(sheet, row, column) { text throws(CellSyntax.Refusal) in try CellSyntax.name(text) }
    }

    /// Names separated by commas, or nil after reporting why the cell holds none.
    mutating func names(_ sheet: Sheet, _ row: Sheet.Row, _ column: String) -> String? {
        required(sheet, row, column) { text throws(CellSyntax.Refusal) in try CellSyntax.names(text) }
    }

    /// A cell that must not be blank, read by `read`; nil after reporting a problem.
    private mutating func required(_ sheet: Sheet, _ row: Sheet.Row, _ column: String,
                                   _ read: (String) throws(CellSyntax.Refusal) -> String) -> String? {
        let text = cell(sheet, row, column).trimmingSpaces
        guard !text.isEmpty else {
            fail(place(sheet, row, column), "the \(column) is missing")
            return nil
        }
        return checked(place(sheet, row, column)) { () throws(CellSyntax.Refusal) in try read(text) }
    }

    /// The attribute lines of a `keyword` cell; none after reporting a problem.
    mutating func attributes(_ keyword: String, _ value: String, at place: CellPlace) -> [String] {
        checked(place) { () throws(CellSyntax.Refusal) in try CellSyntax.attributes(keyword, cell: value) } ?? []
    }

    /// Every attribute column of `row`, written on the current line, then its comment; ends the line.
    mutating func writeAttributes(_ sheet: Sheet, _ row: Sheet.Row) {
        let fixed = SheetLayout.fixedColumns(of: sheet.name.trimmingSpaces.lowercased())
        for (index, column) in sheet.columns.enumerated() {
            let keyword = column.trimmingSpaces.lowercased()
            guard !fixed.contains(keyword), AttributeGrammar.shape(of: keyword) != nil, !row[index].trimmingSpaces.isEmpty else { continue }
            let at = CellPlace(sheet: sheet.name, row: row.number, column: index, header: keyword)
            for line in attributes(keyword, row[index], at: at) { source.write(" " + line, from: at) }
        }
        writeComment(sheet, row)
        source.endLine()
    }

    /// The row's `comment` cell as a comment at the end of the current line.
    mutating func writeComment(_ sheet: Sheet, _ row: Sheet.Row) {
        let comment = cell(sheet, row, "comment")
        if !comment.isEmpty { source.write(" #" + CellSyntax.comment(comment), from: place(sheet, row, "comment")) }
    }

    mutating func fail(_ place: CellPlace, _ message: String) {
        problems.append(WorkbookProblem(place: place, severity: .error, message: message))
    }

    /// The result of `read`, or nil after reporting its refusal at `place`.
    private mutating func checked<Value>(_ place: CellPlace, _ read: () throws(CellSyntax.Refusal) -> Value) -> Value? {
        do throws(CellSyntax.Refusal) {
            return try read()
        } catch {
            fail(place, error.message)
            return nil
        }
    }
}
