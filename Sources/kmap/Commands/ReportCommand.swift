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
        abstract: "Write a workshop report: diagrams, summary, findings with remedies and questions, engagement and brokers.",
        discussion: """
            HTML is one self-contained file (inline SVG and CSS, no network, no script) to project \
            or print. Markdown is for wikis: the waves and stakeholders diagrams are written beside it \
            as SVG files named after the report (report.md -> report.svg, report-stakeholders.svg). \
            The format follows the output's extension unless --format is given. With --evidence, the \
            report gains an evidence section: the evidence findings, the indicators in practice and a \
            timeline of the occurrences (in Markdown written beside the report, report-timeline.svg).
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
            throw ValidationError("a Markdown report needs a file name, so that its diagrams can be written beside it")
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
            let drawn = drawBothViews { options throws(RenderError) in try ReportDiagram.embedded(for: result, options: options) }
            let page = HTMLReport.render(result, diagram: drawn.waves, stakeholderDiagram: drawn.stakeholders, diagramNote: drawn.note,
                                         evidence: evidence)
            if output == "-" { Terminal.printOut(page) } else { try AtomicFile.write(page, to: output, protectedInputs: inputs, force: force) }
        case .markdown:
            let paths = Self.diagramPaths(forReport: output)
            let report = URL(fileURLWithPath: output).standardizedFileURL
            guard [paths.waves, paths.stakeholders, paths.timeline].allSatisfy({ URL(fileURLWithPath: $0).standardizedFileURL != report }) else {
                throw UserError("a diagram would overwrite the report '\(output)'; give the report a .md name")
            }
            let timelinePath = evidence?.timelineSVG == nil ? nil : paths.timeline
            let companions = [paths.waves, paths.stakeholders] + (timelinePath.map { [$0] } ?? [])
            // Every file is checked before any is written, so a refusal leaves all as they were.
            try AtomicFile.checkDestination(output, protectedInputs: inputs + companions, force: force)
            for path in companions { try AtomicFile.checkDestination(path, protectedInputs: inputs, force: force) }
            if let timelinePath, let svg = evidence?.timelineSVG {
                try AtomicFile.write(svg, to: timelinePath, protectedInputs: inputs, force: force)
            }
            let drawn = drawBothViews { options throws(RenderError) in try ReportDiagram.file(for: result, options: options) }
            var links: [LinkedDiagram?] = []
            for (file, path) in [(drawn.waves, paths.waves), (drawn.stakeholders, paths.stakeholders)] {
                guard let file else {
                    links.append(nil)
                    continue
                }
                try AtomicFile.write(file.svg, to: path, protectedInputs: inputs, force: force)
                links.append(LinkedDiagram(file: URL(fileURLWithPath: path).lastPathComponent, elements: file.elements))
            }
            let timelineLink = timelinePath.map { URL(fileURLWithPath: $0).lastPathComponent }
            let text = MarkdownReport.render(result, diagram: links[0], stakeholderDiagram: links[1], diagramNote: drawn.note,
                                             evidence: evidence, timelineFile: timelineLink)
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

    /// The waves and stakeholders diagrams, each drawn by `draw` within the layout limits; when
    /// Graphviz fails, the views not drawn are nil and the note says why (also on standard error).
    private func drawBothViews<Drawing>(
        _ draw: (DiagramOptions) throws(RenderError) -> Drawing
    ) -> (waves: Drawing?, stakeholders: Drawing?, note: String?) {
        var waves: Drawing?
        var stakeholders: Drawing?
        do {
            waves = try limits.guarding { () throws(RenderError) in try draw(DiagramOptions()) }
            stakeholders = try limits.guarding { () throws(RenderError) in try draw(DiagramOptions(view: .stakeholders)) }
        } catch {
            let note = "The diagram could not be drawn: \(error)"
            Terminal.printError("kmap: warning: \(note)\n")
            return (waves, stakeholders, note)
        }
        return (waves, stakeholders, nil)
    }

    /// `report.md` -> `report.svg`, `report-stakeholders.svg` and (with `--evidence`)
    /// `report-timeline.svg`, in the same folder.
    static func diagramPaths(forReport path: String) -> (waves: String, stakeholders: String, timeline: String) {
        let url = URL(fileURLWithPath: path)
        let stem = url.pathExtension.isEmpty ? url.lastPathComponent : url.deletingPathExtension().lastPathComponent
        let folder = (path as NSString).deletingLastPathComponent
        func beside(_ name: String) -> String { folder.isEmpty ? name : (folder as NSString).appendingPathComponent(name) }
        return (beside(stem + ".svg"), beside(stem + "-stakeholders.svg"), beside(stem + "-timeline.svg"))
    }
}

/// `kmap report --format`.
enum ReportFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case html, markdown
}
