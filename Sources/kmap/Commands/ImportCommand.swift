import ArgumentParser
import Foundation
import KMapLanguage
import KMapReport

/// `kmap import`: turns an activity table from a spreadsheet into a map.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Make a map from a CSV activity table (the format `kmap export --format csv` writes).",
        discussion: """
            Columns are matched by header name, in any order and any case: id, phase and label are \
            required; by, for, cadence, technique, status, routine, action and next are optional. \
            Rows with phase `repository` declare repositories. Every stakeholder named in by or for \
            is declared. Each problem is reported with its row number; if any row has an error, \
            nothing is written. The map is printed in canonical layout.
            """
    )

    @Argument(help: "The CSV file to import (`-` reads standard input).")
    var table: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The map file to write (`-` prints it).", valueName: "path"))
    var output: String

    @Option(help: "The map's title. Default: the CSV file's name.")
    var title: String?

    @Flag(help: "Overwrite the output file if it exists.")
    var force = false

    @OptionGroup var input: InputOptions

    func run() throws {
        let source = try MapReader.loadSource(table, options: input)
        if output != "-" && !force && FileManager.default.fileExists(atPath: output) {
            throw UserError("'\(output)' already exists; pass --force to overwrite it")
        }
        let name = table == "-" ? "standard input" : URL(fileURLWithPath: table).lastPathComponent
        let stem = table == "-" ? "Imported map" : URL(fileURLWithPath: table).deletingPathExtension().lastPathComponent
        let result = CSVImport.importMap(csv: source.text, title: title ?? stem, source: name)
        for problem in result.problems.prefix(DiagnosticRenderer.shownLimit) {
            Terminal.printError("\(source.path): \(problem)\n")
        }
        if result.problems.count > DiagnosticRenderer.shownLimit {
            Terminal.printError("\(source.path): \(result.problems.count - DiagnosticRenderer.shownLimit) more problems not shown\n")
        }
        guard let text = result.mapText else {
            let errors = result.problems.count { $0.severity == .error }
            throw UserError("nothing was written: \(errors) \(errors == 1 ? "error" : "errors") to fix in '\(source.path)'")
        }
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
