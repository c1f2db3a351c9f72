import ArgumentParser
import KMapAnalysis
import KMapReport

/// `kmap export`: the map as data, for other tools and for spreadsheets.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a map as JSON (model, waves and findings) or as a CSV activity table.",
        discussion: """
            JSON follows docs/kmap-export.schema.json (field `kmapExportVersion`). CSV has one row per \
            activity, then one per repository: id, phase, label, by, for, cadence, technique, status, \
            routine, action, next. It is UTF-8 with a byte-order mark, and cells a spreadsheet would \
            run as formulas start with '. `kmap import` reads it back.
            """
    )

    @Argument(help: "The map to export (`-` reads standard input).")
    var map: String

    @Option(help: "Export format: json or csv.")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "path"))
    var output: String?

    @Flag(help: "Replace the output file even when it is read-only.")
    var force = false

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var input: InputOptions

    func run() throws {
        let loaded = try MapReader.read(map, options: input)
        let text: String
        switch format {
        case .json:
            let configuration = try analysis.configuration(forMapAt: map, failOn: nil)
            let result = Analyzer.analyze(loaded.map, configuration: configuration)
            text = JSONExport.encode(result)
            ProcessMemory.keepUntilExit(result)
        case .csv:
            text = CSVExport.encode(loaded.map)
            ProcessMemory.keepUntilExit(loaded)
        }
        if let output, output != "-" {
            try AtomicFile.write(text, to: output, protectedInputs: map == "-" ? [] : [map], force: force)
        } else {
            Terminal.printOut(text)
        }
    }
}

/// `kmap export --format`.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case json, csv
}
