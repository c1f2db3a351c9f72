import ArgumentParser
import Foundation
import KMapLanguage
import KMapReport
import KMapWorkbook

/// `kmap import`: turns a spreadsheet workbook, a folder of CSV sheets or an activity table into a map.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make a map from a workbook (.xlsx), a folder of CSV sheets, or a CSV activity table.",
        discussion: """
            A workbook or folder holds the sheets `kmap export --format xlsx` (or csv-folder) writes, \
            and gives back the whole map, however it was edited in a spreadsheet: columns in any order, \
            new rows, blank cells, numbers, dates and booleans typed as such (see docs/WORKBOOK.md). \
            Each problem names its sheet, row and column.

            A single CSV file is an activity table. Its columns are matched by header name, in any order and any case: id, phase and label are \
            required; by, for, cadence, technique, status, routine, action and next are optional. \
            Rows with phase `repository` declare repositories. Every stakeholder named in by or for \
            is declared. Each problem is reported with its row number; if any row has an error, \
            nothing is written. The map is printed in canonical layout.
            """
    )

    @Argument(help: "The .xlsx workbook, the folder of CSV sheets, or the CSV activity table to import (`-` reads a table from standard input).", completion: .file(extensions: ["xlsx", "csv"]))
    var table: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The map file to write (`-` prints it).", valueName: "path"))
    var output: String

    @Option(help: "The map's title when the input gives none. Default: the input's name.")
    var title: String?

    @Flag(help: "Overwrite the output file if it exists.")
    var force = false

    @OptionGroup var input: InputOptions

    func run() throws {
        if output != "-" && !force && FileManager.default.fileExists(atPath: output) {
            throw UserError("'\(output)' already exists; pass --force to overwrite it")
        }
        if table != "-", let workbook = try WorkbookInput.read(table, maxInputSize: input.maxInputSize) {
            let stem = URL(fileURLWithPath: table).deletingPathExtension().lastPathComponent
            let result = workbook.problems.hasErrors
                ? WorkbookImportResult(mapText: nil, problems: workbook.problems)
                : SheetImport.importMap(workbook.workbook, title: title ?? stem)
            for problem in result.problems { Terminal.printError("\(table): \(problem)\n") }
            return try write(mapText(of: result, from: table))
        }
        let source = try MapReader.loadSource(table, options: input)
        let name = table == "-" ? "standard input" : URL(fileURLWithPath: table).lastPathComponent
        let stem = table == "-" ? "Imported map" : URL(fileURLWithPath: table).deletingPathExtension().lastPathComponent
        let result = CSVImport.importMap(csv: source.text, title: title ?? stem, source: name)
        for problem in result.problems.prefix(DiagnosticRenderer.shownLimit) {
            Terminal.printError("\(source.path): \(problem)\n")
        }
        if result.problems.count > DiagnosticRenderer.shownLimit {
            Terminal.printError("\(source.path): \(result.problems.count - DiagnosticRenderer.shownLimit) more problems not shown\n")
        }
        try write(mapText(of: result, from: source.path))
    }

    /// The imported map's text, or the error that says nothing was written and why.
    private func mapText<Problem>(of result: ImportResult<Problem>, from input: String) throws -> String {
        guard let text = result.mapText else {
            let errors = result.errorCount
            throw UserError("nothing was written: \(errors) \(errors == 1 ? "error" : "errors") to fix in '\(input)'")
        }
        return text
    }

    /// Prints the map, or writes it atomically (never over the input).
    private func write(_ text: String) throws {
        // What kmap writes, kmap must read back: a map past the input limit would be refused by
        // the next `kmap check`.
        guard text.utf8.count <= input.maxInputSize else {
            throw UserError("nothing was written: the map would be \(text.utf8.count) bytes, more than the input size limit of"
                            + " \(input.maxInputSize) bytes every command applies; split the table, or raise the limit with"
                            + " --max-input-size here and wherever the map is read")
        }
        if output == "-" {
            Terminal.printOut(text)
        } else {
            try AtomicFile.write(text, to: output, protectedInputs: table == "-" ? [] : [table], force: force)
        }
    }
}
