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

    @OptionGroup var diagram: DiagramFlags
    @OptionGroup var limits: LayoutLimits
    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var input: InputOptions

    func run() throws {
        let format = try diagram.format(for: output)
        let destination = output ?? Self.defaultOutput(for: map, format: format)
        let result = try MapReader.analyze(map, options: input, analysis: analysis).analysis
        if format == .png || format == .pdf, let coverage = InstalledFonts.coverage() {
            MapReader.report(MissingGlyphs.diagnostics(in: result.map, coverage: coverage), in: result.map.source, options: input)
        }
        let bytes = try limits.guarding { try Self.draw(result, options: diagram.options, format: format) }
        if destination == "-" {
            FileHandle.standardOutput.write(Data(bytes))
        } else {
            try AtomicFile.write(bytes, to: destination, protectedInputs: [map], force: force)
            Terminal.printError("wrote \(destination) · \(result.summary.line)\n")
        }
    }

    /// Draws the analysed map, turning render errors into user errors (an unknown focus) or
    /// internal errors (Graphviz failing on kmap's own DOT).
    static func draw(_ result: AnalysisResult, options: DiagramOptions, format: OutputFormat) throws -> [UInt8] {
        do {
            return try Renderer.render(DiagramInput(analysis: result), options: options, format: format)
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
