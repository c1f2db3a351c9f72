import ArgumentParser
import Foundation
import KMapAnalysis
import KMapRender

/// `kmap render`: draws a map with its gaps, through Graphviz in-process.
struct RenderCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render",
        abstract: "Draw a map as SVG, PNG, PDF, DOT or Mermaid, with its gaps on the picture.",
        discussion: """
            Without -o the diagram is written next to the map (maps/x.kmap -> maps/x.svg), or to \
            standard output when the map is read from standard input (`cat m.kmap | kmap render -`). \
            The file is written atomically and never over the map itself.
            """
    )

    @Argument(help: "The map to draw (`-` reads standard input).", completion: .maps)
    var map: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The diagram file (`-` prints it).", valueName: "path"))
    var output: String?

    @Flag(help: "Replace the output file even when it is read-only.")
    var force = false

    @Option(help: ArgumentHelp(
        "Draw on a page that is exactly this sheet: a4, a3, letter, poster (A1) or slide (16:9), landscape when the drawing is wider than tall; the drawing is scaled to fit and centred (svg, png, pdf).",
        valueName: "sheet"))
    var page: PageSize?

    @Option(help: ArgumentHelp(
        "Write one file per wave into this folder (NUMBER-WAVE.svg, in wave order), each fitted to a 16:9 slide unless --page names another sheet.",
        valueName: "folder"))
    var perWave: String?

    @OptionGroup var diagram: DiagramFlags
    @OptionGroup var limits: LayoutLimits
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var input: InputOptions

    func validate() throws {
        let format = try diagram.format(for: output)
        if page != nil || perWave != nil, !format.needsLayout {
            throw ValidationError("--page and --per-wave draw svg, png or pdf, not \(format.rawValue)")
        }
        if perWave != nil, output != nil { throw ValidationError("--per-wave names a folder; leave out -o") }
        if perWave != nil, diagram.focus != nil { throw ValidationError("--per-wave focuses on each wave in turn; leave out --focus") }
    }

    func run() throws {
        let format = try diagram.format(for: output)
        if let perWave { return try drawEachWave(into: perWave, format: format) }
        let destination = output ?? Self.defaultOutput(for: map, format: format)
        let result = try MapReader.analyze(map, options: input, analysis: analysis).analysis
        if format == .png || format == .pdf, let coverage = InstalledFonts.coverage() {
            MapReader.report(MissingGlyphs.diagnostics(in: result.map, coverage: coverage), in: result.map.source, options: input)
        }
        var progress = ProgressLine()
        progress.show("kmap: laying out \(ProgressLine.activities(result.map.activities.count)) and drawing \(format.rawValue)…")
        defer { progress.clear() }
        let bytes = try limits.guarding { try Self.draw(result, options: diagram.options, format: format, page: page) }
        progress.clear()
        if destination == "-" {
            FileHandle.standardOutput.write(Data(bytes))
        } else {
            try AtomicFile.write(bytes, to: destination, protectedInputs: [map], force: force)
            Terminal.printError("wrote \(destination) · \(result.summary.line)\n")
        }
    }

    /// Draws the analysed map, turning render errors into user errors (an unknown focus) or
    /// internal errors (Graphviz failing on kmap's own DOT).
    static func draw(_ result: AnalysisResult, options: DiagramOptions, format: OutputFormat, page: PageSize? = nil) throws -> [UInt8] {
        do {
            return try Renderer.render(DiagramInput(analysis: result), options: options, format: format, page: page)
        } catch .unknownFocus(let name, let suggestions) {
            throw UserError(RenderError.unknownFocus(name, suggestions: suggestions).description)
        } catch .layoutTooLarge(let budget) {
            throw UserError(RenderError.layoutTooLarge(budget).description)
        } catch {
            throw InternalError(message: error.description)
        }
    }

    /// `maps/x.kmap` -> `maps/x.svg`; standard input -> `-`, standard output (a pipe in is a
    /// pipe out: nothing lands in the current folder unasked).
    static func defaultOutput(for map: String, format: OutputFormat) -> String {
        guard map != "-" else { return "-" }
        let url = URL(fileURLWithPath: map)
        return url.deletingPathExtension().appendingPathExtension(format.fileExtension).relativePath
    }
}

extension PageSize: ExpressibleByArgument {}

extension RenderCommand {
    /// `--per-wave`: each wave's neighbourhood in its own file, numbered in the analysis' order,
    /// fitted to a slide (or the `--page` sheet). Every file is checked before the first is written.
    private func drawEachWave(into folder: String, format: OutputFormat) throws {
        let result = try MapReader.analyze(map, options: input, analysis: analysis).analysis
        let inputs = map == "-" ? [] : [map]
        let width = String(result.waves.count).count
        var files: [(path: String, bytes: [UInt8])] = []
        var progress = ProgressLine()
        defer { progress.clear() }
        for (number, wave) in result.waves.enumerated() {
            progress.show("kmap: drawing wave \(number + 1) of \(result.waves.count)…")
            var options = diagram.options
            options.focus = wave.id
            let bytes = try limits.guarding { try Self.draw(result, options: options, format: format, page: page ?? .slide) }
            let serial = String(repeating: "0", count: max(0, width - String(number + 1).count)) + String(number + 1)
            files.append((URL(fileURLWithPath: folder).appendingPathComponent("\(serial)-\(wave.id).\(format.fileExtension)").path, bytes))
        }
        progress.clear()
        guard !files.isEmpty else { throw UserError("the map has no wave to draw (no generation activity starts one)") }
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for file in files { try AtomicFile.checkDestination(file.path, protectedInputs: inputs, force: force) }
        for file in files { try AtomicFile.write(file.bytes, to: file.path, protectedInputs: inputs, force: force) }
        Terminal.printError("wrote \(files.count) \(files.count == 1 ? "file" : "files") into \(folder) · \(result.summary.line)\n")
    }
}
