import ArgumentParser
import Foundation
import KMapAnalysis
import KMapReport
import KMapWorkbook

/// `kmap export`: the map as data, for other tools and for spreadsheets.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a map as JSON, as a spreadsheet workbook (xlsx or a folder of CSV files) or as a CSV activity table.",
        discussion: """
            JSON follows docs/kmap-export.schema.json (field `kmapExportVersion`). xlsx writes one sheet \
            per kind (map, stakeholders, groups, repositories, activities, flows, waves, comments) and \
            keeps the whole map; csv-folder writes the same sheets as one CSV file each into the folder \
            given with -o (see docs/WORKBOOK.md). csv is the single activity table: one row per \
            activity, then one per repository: id, phase, label, by, for, cadence, technique, status, \
            routine, action, next; what it cannot carry is named on standard error. CSV is UTF-8 with \
            a byte-order mark, and cells a spreadsheet would run as formulas start with '. \
            `kmap import` reads all three back.
            """
    )

    @Argument(help: "The map to export (`-` reads standard input).", completion: .maps)
    var map: String

    @Option(help: "Export format: json, xlsx, csv-folder or csv.")
    var format: ExportFormat

    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file (the folder, for csv-folder) instead of standard output.", valueName: "path"))
    var output: String?

    @Flag(help: "Replace the output file even when it is read-only.")
    var force = false

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var input: InputOptions

    func run() throws {
        let loaded = try MapReader.read(map, options: input)
        let bytes: [UInt8]
        switch format {
        case .json:
            let result = try MapReader.analyze(loaded, at: map, options: input, analysis: analysis).analysis
            bytes = JSONExport.encodeUTF8(result)
            ProcessMemory.keepUntilExit(result)
        case .csv:
            bytes = Array(CSVExport.encode(loaded.map).utf8)
            let losses = ActivityTableLosses.of(MapSheets.workbook(of: try MapReader.syntax(of: loaded)))
            if !losses.isEmpty {
                Terminal.printError("warning: the CSV activity table cannot carry \(losses.joined(separator: ", ")); "
                    + "export --format xlsx or csv-folder to keep the whole map\n")
            }
            ProcessMemory.keepUntilExit(loaded)
        case .xlsx, .csvFolder:
            try writeWorkbook(MapSheets.workbook(of: try MapReader.syntax(of: loaded)))
            ProcessMemory.keepUntilExit(loaded)
            return
        }
        if let output, output != "-" {
            try AtomicFile.write(bytes, to: output, protectedInputs: map == "-" ? [] : [map], force: force)
        } else {
            Terminal.printOut(utf8: bytes)
        }
    }
}

/// `kmap export --format`.
enum ExportFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case json, xlsx, csvFolder = "csv-folder", csv
}

extension ExportCommand {
    /// Writes the map's sheets: one `.xlsx` file, or one CSV file per sheet in a folder (made
    /// when missing). Every destination is checked before the first is written.
    private func writeWorkbook(_ workbook: Workbook) throws {
        guard let output, output != "-" else {
            throw UserError("--format \(format.rawValue) writes files: name the \(format == .xlsx ? "workbook" : "folder") with -o")
        }
        let inputs = map == "-" ? [] : [map]
        if format == .xlsx {
            try AtomicFile.write([UInt8](try XLSXWriter.data(of: workbook)), to: output, protectedInputs: inputs, force: force)
            return
        }
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        let files = CSVFolder.files(of: workbook).map { (URL(fileURLWithPath: output).appendingPathComponent($0.name).path, $0.text) }
        for (path, _) in files { try AtomicFile.checkDestination(path, protectedInputs: inputs, force: force) }
        for (path, text) in files { try AtomicFile.write(text, to: path, protectedInputs: inputs, force: force) }
    }
}
