import ArgumentParser
import Foundation
import KMapAnalysis
import KMapEvidence
import KMapPipeline
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
            unless --format is given. With --evidence, the report gains an evidence section: the \
            evidence findings, the indicators in practice and a timeline of the occurrences \
            (in Markdown written beside the report, report.md -> report-timeline.svg).
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

    @Option(name: .customLong("evidence"), help: ArgumentHelp("An evidence log to check the map against, as `kmap evidence` does, for an evidence section; repeatable.", valueName: "log"),
            completion: .file(extensions: ["csv"]))
    var evidenceLogs: [String] = []

    @OptionGroup var period: EvidencePeriodOptions
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
        let pipeline = try MapReader.analyze(map, options: input, analysis: analysis)
        let result = pipeline.analysis
        let evidence = try evidenceReport(for: pipeline)
        let inputs = (map == "-" ? [] : [map]) + evidenceLogs
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
            let page = HTMLReport.render(result, diagram: diagram, stakeholderDiagram: stakeholders, diagramNote: note, evidence: evidence)
            if output == "-" { Terminal.printOut(page) } else { try AtomicFile.write(page, to: output, protectedInputs: inputs, force: force) }
        case .markdown:
            let diagramPath = Self.diagramPath(forReport: output)
            guard URL(fileURLWithPath: diagramPath).standardizedFileURL != URL(fileURLWithPath: output).standardizedFileURL else {
                throw UserError("the diagram would overwrite the report '\(output)'; give the report a .md name")
            }
            let timelinePath = evidence?.timelineSVG == nil ? nil : Self.diagramPath(forReport: output, suffix: "-timeline")
            let companions = [diagramPath] + (timelinePath.map { [$0] } ?? [])
            // Every file is checked before any is written, so a refusal leaves them all as they were.
            try AtomicFile.checkDestination(output, protectedInputs: inputs + companions, force: force)
            for path in companions { try AtomicFile.checkDestination(path, protectedInputs: inputs, force: force) }
            if let timelinePath, let svg = evidence?.timelineSVG {
                try AtomicFile.write(svg, to: timelinePath, protectedInputs: inputs, force: force)
            }
            var note: String?
            do {
                try AtomicFile.write(try limits.guarding { try ReportDiagram.svgFile(for: result) }, to: diagramPath, protectedInputs: inputs, force: force)
            } catch let error as RenderError {
                note = "The diagram could not be drawn: \(error)"
                Terminal.printError("kmap: warning: \(note ?? "")\n")
            }
            let link = note == nil ? URL(fileURLWithPath: diagramPath).lastPathComponent : nil
            let timelineLink = timelinePath.map { URL(fileURLWithPath: $0).lastPathComponent }
            let text = MarkdownReport.render(result, diagramFile: link, diagramNote: note, evidence: evidence, timelineFile: timelineLink)
            try AtomicFile.write(text, to: output, protectedInputs: inputs + companions, force: force)
        }
        ProcessMemory.keepUntilExit(result)
    }

    /// The evidence section of `--evidence`, nil without logs; a log with errors stops the
    /// command as `kmap evidence` stops.
    private func evidenceReport(for pipeline: PipelineResult) throws -> EvidenceReport? {
        guard !evidenceLogs.isEmpty else { return nil }
        let checked = try EvidenceInput.check(pipeline, logs: evidenceLogs, period: period.period, options: input)
        return EvidenceReport(checked, indicators: EvidenceIndicators(checked.context), analysis: pipeline.analysis)
    }

    /// `report.md` -> `report.svg` (or `report-timeline.svg` with the suffix `-timeline`), in the same folder.
    static func diagramPath(forReport path: String, suffix: String = "") -> String {
        let url = URL(fileURLWithPath: path)
        let stem = (url.pathExtension.isEmpty ? url.lastPathComponent : url.deletingPathExtension().lastPathComponent) + suffix
        let folder = (path as NSString).deletingLastPathComponent
        return folder.isEmpty ? stem + ".svg" : (folder as NSString).appendingPathComponent(stem + ".svg")
    }
}

/// `kmap report --format`.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case html, markdown
}
