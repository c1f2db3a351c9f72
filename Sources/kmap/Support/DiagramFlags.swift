import ArgumentParser
import KMapRender

/// Flags that choose what a diagram shows, shared by `render` and `watch`.
struct DiagramFlags: ParsableArguments {
    @Option(help: "Output format: svg, png, pdf, dot or mermaid. Default: from the output's extension, else svg.")
    var format: OutputFormat?

    @Option(help: "What to draw: waves (phases as columns, waves as rows) or stakeholders (who passes knowledge to whom).")
    var view: DiagramOptions.View = .waves

    @Flag(help: "Draw the map alone, without gaps and findings.")
    var noGaps = false

    @Option(help: ArgumentHelp("Draw only the neighbourhood of one activity, repository, stakeholder or wave.", valueName: "id"))
    var focus: String?

    @Flag(help: "Draw every activity, even on maps large enough to be collapsed to one node per wave.")
    var full = false

    @Option(help: ArgumentHelp("Above this many activities the waves view is collapsed to one node per wave.", valueName: "n"))
    var collapseThreshold = DiagramOptions().collapseThreshold

    func validate() throws {
        guard collapseThreshold > 0 else { throw ValidationError("--collapse-threshold must be positive") }
    }

    var options: DiagramOptions {
        DiagramOptions(view: view, showGaps: !noGaps, focus: focus, full: full, collapseThreshold: collapseThreshold)
    }

    /// The format for `output`: `--format`, else the output's extension, else SVG.
    func format(for output: String?) throws -> OutputFormat {
        if let format { return format }
        guard let output, output != "-" else { return .svg }
        guard let format = OutputFormat(path: output) else {
            throw UserError("cannot tell the format of '\(output)' from its extension; use .svg, .png, .pdf, .dot or .mmd, or --format")
        }
        return format
    }

    /// The arguments that reproduce these flags on another `kmap render` command line.
    var arguments: [String] {
        var arguments = ["--view", view.rawValue, "--collapse-threshold", String(collapseThreshold)]
        if let format { arguments += ["--format", format.rawValue] }
        if noGaps { arguments.append("--no-gaps") }
        if let focus { arguments += ["--focus", focus] }
        if full { arguments.append("--full") }
        return arguments
    }
}

extension OutputFormat: ExpressibleByArgument {}
extension DiagramOptions.View: ExpressibleByArgument {}
