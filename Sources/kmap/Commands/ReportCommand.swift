import ArgumentParser
import Foundation
import KMapAnalysis
import KMapRender
import KMapReport

/// `kmap report`: the workshop report of a map, as one HTML page or as Markdown for a wiki.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a workshop report: diagram, summary, findings with remedies and questions, engagement and brokers.",
        discussion: """
            HTML is one self-contained file (inline SVG and CSS, no network, no script) to project \
            or print. Markdown is for wikis: the diagram is written beside it as an SVG file with the \
            report's name (report.md -> report.svg). The format follows the output's extension \
            unless --format is given.
            """
    )

    @Argument(help: "The map to report on (`-` reads standard input).", completion: .maps)
    var map: String

    @Option(name: .shortAndLong, help: ArgumentHelp("The report file: .html or .md (`-` prints HTML).", valueName: "path"))
    var output: String

    @Flag(help: "Replace the output file even when it is read-only.")
    var force = false

    @Option(help: "Report format: html or markdown. Default: from the output's extension.")
    var format: ReportFormat?

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var limits: LayoutLimits
    @OptionGroup var input: InputOptions

    func validate() throws {
        if resolvedFormat == nil {
            throw ValidationError("cannot tell the report format from '\(output)'; name a .html or .md file, or pass --format")
        }
        if output == "-" && resolvedFormat == .markdown {
            throw ValidationError("a Markdown report needs a file name, so that its diagram can be written beside it")
        }
    }

    /// The format asked for, or the one the output's extension names.
    private var resolvedFormat: ReportFormat? {
        if let format { return format }
        if output == "-" { return .html }
        switch URL(fileURLWithPath: output).pathExtension.lowercased() {
        case "html", "htm": return .html
        case "md", "markdown": return .markdown
        default: return nil
        }
    }

    func run() throws {
        let result = try MapReader.analyze(map, options: input, analysis: analysis).analysis
        let inputs = map == "-" ? [] : [map]
        switch resolvedFormat ?? .html {
        case .html:
            var diagram: EmbeddedDiagram?
            var stakeholders: EmbeddedDiagram?
            var note: String?
            do {
                diagram = try limits.guarding { try ReportDiagram.embedded(for: result) }
                stakeholders = try limits.guarding { try ReportDiagram.embedded(for: result, options: DiagramOptions(view: .stakeholders)) }
            } catch {
                note = "The diagram could not be drawn: \(error)"
                Terminal.printError("kmap: warning: \(note ?? "")\n")
            }
            let page = HTMLReport.render(result, diagram: diagram, stakeholderDiagram: stakeholders, diagramNote: note)
            if output == "-" { Terminal.printOut(page) } else { try AtomicFile.write(page, to: output, protectedInputs: inputs, force: force) }
        case .markdown:
            let diagramPath = Self.diagramPath(forReport: output)
            guard URL(fileURLWithPath: diagramPath).standardizedFileURL != URL(fileURLWithPath: output).standardizedFileURL else {
                throw UserError("the diagram would overwrite the report '\(output)'; give the report a .md name")
            }
            // Both files are checked before either is written, so a refusal leaves both as they were.
            try AtomicFile.checkDestination(output, protectedInputs: inputs + [diagramPath], force: force)
            try AtomicFile.checkDestination(diagramPath, protectedInputs: inputs, force: force)
            var note: String?
            do {
                try AtomicFile.write(try limits.guarding { try ReportDiagram.svgFile(for: result) }, to: diagramPath, protectedInputs: inputs, force: force)
            } catch let error as RenderError {
                note = "The diagram could not be drawn: \(error)"
                Terminal.printError("kmap: warning: \(note ?? "")\n")
            }
            let link = note == nil ? URL(fileURLWithPath: diagramPath).lastPathComponent : nil
            let text = MarkdownReport.render(result, diagramFile: link, diagramNote: note)
            try AtomicFile.write(text, to: output, protectedInputs: inputs + [diagramPath], force: force)
        }
        ProcessMemory.keepUntilExit(result)
    }

    /// `report.md` -> `report.svg`, in the same folder.
    static func diagramPath(forReport path: String) -> String {
        let url = URL(fileURLWithPath: path)
        let stem = url.pathExtension.isEmpty ? url.lastPathComponent : url.deletingPathExtension().lastPathComponent
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? stem + ".svg" : (folder as NSString).appendingPathComponent(stem + ".svg")
    }
}

/// `kmap report --format`.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case html, markdown
}
