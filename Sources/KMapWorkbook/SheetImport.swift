import KMapLanguage
import KMapModel
import KMapReport

/// Reads a workbook's sheets (see ``SheetLayout``) back into a map: columns are found by header
/// name in any order and case, blank rows are skipped, and each problem names its sheet, row
/// and column. The rows are written as `.kmap` text and compiled in one step (``compile(_:problems:)``),
/// so what the language reports about them points at the cells they came from.
public enum SheetImport {
    /// Imports `workbook`; `title` is used when the map sheet gives none.
    public static func importMap(_ workbook: Workbook, title: String) -> WorkbookImportResult {
        var writer = SheetWriter(workbook: workbook)
        writer.checkSheets()
        writer.writeComments()
        writer.writeHeader(fallbackTitle: title)
        for sheet in [SheetLayout.groups, SheetLayout.stakeholders, SheetLayout.repositories] { writer.writeEntities(of: sheet) }
        writer.writeActivitiesAndWaves()
        writer.writeFlows(inWave: nil)
        writer.writeRemainingWaves()
        return compile(writer.source, problems: writer.problems)
    }

    /// Checks the written text (``ImportedMapCheck``) unless there is already an error, and reports
    /// its diagnostics against the cells they came from.
    static func compile(_ text: ImportedSource, problems: [WorkbookProblem]) -> WorkbookImportResult {
        guard !problems.hasErrors else { return WorkbookImportResult(mapText: nil, problems: problems) }
        let check = ImportedMapCheck(text.text)
        let found = check.problems.map { problem in
            WorkbookProblem(place: text.place(line: problem.line, byteColumn: problem.byteColumn),
                            severity: problem.severity, message: problem.message)
        }
        return WorkbookImportResult(mapText: check.formatted, problems: problems + found)
    }
}

/// Writes the `.kmap` text of a workbook's rows, collecting problems as it goes.
struct SheetWriter {
    let workbook: Workbook
    var source = ImportedSource()
    var problems: [WorkbookProblem] = []
    private var customFramework = false
    private var writtenWaves: Set<String> = []

    init(workbook: Workbook) {
        self.workbook = workbook
    }

    /// Unknown sheets, repeated and unknown columns: nothing a person typed is dropped unsaid.
    mutating func checkSheets() {
        for sheet in workbook.sheets {
            guard SheetLayout.sheetNames.contains(sheet.name.trimmingSpaces.lowercased()) else {
                if sheet.rows.contains(where: { !$0.isBlank }) {
                    fail(CellPlace(sheet: sheet.name), "kmap has no sheet '\(sheet.name)'; its rows would be lost (sheets: \(SheetLayout.sheetNames.joined(separator: ", ")))")
                }
                continue
            }
            let fixed = SheetLayout.fixedColumns(of: sheet.name.lowercased())
            var seen: Set<String> = []
            for (index, column) in sheet.columns.enumerated() {
                let name = column.trimmingSpaces.lowercased()
                let place = CellPlace(sheet: sheet.name, row: 1, column: index, header: column)
                if name.isEmpty {
                    if sheet.rows.contains(where: { !$0[index].trimmingSpaces.isEmpty }) { fail(place, "this column has cells but no header") }
                } else if !seen.insert(name).inserted {
                    fail(place, "the column '\(name)' appears twice")
                } else if !fixed.contains(name), AttributeGrammar.shape(of: name) == nil || sheet.name.lowercased() == SheetLayout.map {
                    fail(place, "'\(column)' is not a column kmap reads in this sheet; its cells would be lost")
                }
            }
        }
        if workbook.sheet(named: SheetLayout.activities) == nil {
            problems.append(WorkbookProblem(place: nil, severity: .error, message: "the workbook has no 'activities' sheet"))
        }
    }

    mutating func writeComments() {
        for (sheet, row) in rows(of: SheetLayout.comments) {
            for line in CellSyntax.cellLines(cell(sheet, row, "text")) {
                source.line("#" + CellSyntax.comment(line), from: place(sheet, row, "text"))
            }
        }
    }

    /// The header attributes the map sheet may hold besides `title` and `rules ...`.
    static let headerFields = ["goal", "standard", "phases", "optional", "alternatives"]

    mutating func writeHeader(fallbackTitle: String) {
        var title: String?
        var lines: [(String, CellPlace)] = []
        var rules: [(String, CellPlace)] = []
        for (sheet, row) in rows(of: SheetLayout.map) {
            let field = cell(sheet, row, "field").trimmingSpaces.lowercased()
            let value = cell(sheet, row, "value")
            let at = place(sheet, row, "value")
            if field == SheetLayout.title {
                title = value.trimmingSpaces
            } else if field.hasPrefix(SheetLayout.rulesPrefix) {
                let keyword = String(field.dropFirst(SheetLayout.rulesPrefix.count)).trimmingSpaces
                for line in attributes(keyword, value, at: at) { rules.append((line, at)) }
            } else {
                guard Self.headerFields.contains(field) else {
                    fail(place(sheet, row, "field"), "'\(field)' is not a field of the map header (title, \(Self.headerFields.joined(separator: ", ")), rules ...)")
                    continue
                }
                for line in attributes(field, value, at: at) { lines.append((line, at)) }
            }
            if field == "phases" { customFramework = true }
        }
        guard title != nil || !lines.isEmpty || !rules.isEmpty else { return }
        source.line("map \(ImportedSource.quoted(title ?? fallbackTitle)) {")
        for (line, at) in lines { source.line("  " + line, from: at) }
        if !rules.isEmpty {
            source.line("  rules {")
            for (line, at) in rules { source.line("    " + line, from: at) }
            source.line("  }")
        }
        source.line("}")
    }

    mutating func writeEntities(of sheetName: String) {
        let keyword = [SheetLayout.groups: StatementKeyword.group, SheetLayout.stakeholders: StatementKeyword.stakeholder,
                       SheetLayout.repositories: StatementKeyword.repository][sheetName] ?? sheetName
        for (sheet, row) in rows(of: sheetName) {
            guard let id = name(sheet, row, "id") else { continue }
            source.write("\(keyword) \(id) ", from: place(sheet, row, "id"))
            source.write(ImportedSource.quoted(cell(sheet, row, "label").trimmingSpaces), from: place(sheet, row, "label"))
            writeAttributes(sheet, row)
        }
    }

    /// The activities in row order; a wave's block is written where its first activity stands,
    /// so activities and waves keep the order they had in the map.
    mutating func writeActivitiesAndWaves() {
        for (sheet, row) in rows(of: SheetLayout.activities) {
            if let wave = waveCell(sheet, row) {
                writeWave(wave)
            } else {
                writeActivity(sheet, row)
            }
        }
    }

    private mutating func writeActivity(_ sheet: Sheet, _ row: Sheet.Row) {
        guard let id = name(sheet, row, "id"), let phase = name(sheet, row, "phase") else { return }
        let label = ImportedSource.quoted(cell(sheet, row, "label").trimmingSpaces)
        let generic = customFramework || [StatementKeyword.map, StatementKeyword.wave, StatementKeyword.stakeholder,
                                           StatementKeyword.repository, StatementKeyword.group, StatementKeyword.activity].contains(phase)
        source.write(generic ? "activity \(id) " : "\(phase) \(id) ", from: place(sheet, row, "id"))
        source.write(label, from: place(sheet, row, "label"))
        if generic { source.write(" phase \(phase)", from: place(sheet, row, "phase")) }
        writeAttributes(sheet, row)
    }

    mutating func writeFlows(inWave wave: String?) {
        for (sheet, row) in rows(of: SheetLayout.flows) where waveCell(sheet, row) == wave {
            guard let from = names(sheet, row, "from"), let to = names(sheet, row, "to") else { continue }
            source.write(from, from: place(sheet, row, "from"))
            source.write(" -> \(to)", from: place(sheet, row, "to"))
            let label = cell(sheet, row, "label").trimmingSpaces
            if !label.isEmpty { source.write(" : \(ImportedSource.quoted(label))", from: place(sheet, row, "label")) }
            writeComment(sheet, row)
            source.endLine()
        }
    }

    /// The block of wave `id`, once: its activities and flows, in row order.
    private mutating func writeWave(_ id: String) {
        guard writtenWaves.insert(id).inserted else { return }
        guard let (sheet, row) = rows(of: SheetLayout.waves).first(where: { cell($0.0, $0.1, "id").trimmingSpaces == id }) else {
            return
        }
        source.write("wave \(id) \(ImportedSource.quoted(cell(sheet, row, "label").trimmingSpaces)) {", from: place(sheet, row, "id"))
        writeComment(sheet, row)
        source.endLine()
        for (sheet, row) in rows(of: SheetLayout.activities) where waveCell(sheet, row) == id { writeActivity(sheet, row) }
        writeFlows(inWave: id)
        source.line("}")
    }

    /// Waves no activity named (empty ones), and the check that every wave named exists.
    mutating func writeRemainingWaves() {
        var declared: Set<String> = []
        for (sheet, row) in rows(of: SheetLayout.waves) {
            guard let id = name(sheet, row, "id") else { continue }
            declared.insert(id)
            writeWave(id)
        }
        for kind in [SheetLayout.activities, SheetLayout.flows] {
            for (sheet, row) in rows(of: kind) {
                if let wave = waveCell(sheet, row), !declared.contains(wave) {
                    fail(place(sheet, row, "wave"), "no wave '\(wave)' is in the waves sheet")
                }
            }
        }
    }
}
