import ArgumentParser
import Foundation
import KMapAnalysis
import KMapDiff
import KMapLanguage
import KMapRender

/// `kmap diff OLD NEW`: what changed between two versions of a map.
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diff",
        abstract: "Compare two versions of a map: what was added, removed and changed, which gaps closed or opened, how far each wave reaches.",
        discussion: """
            Declarations are matched by id. A declaration that disappeared and a similar one that \
            appeared (same phase, same or very similar label and flows) are reported as a rename. \
            Findings are matched by rule and subject, never by line. Both versions are analysed with \
            the same settings (the project file nearest the new version, then the command line).

            Either version may be a git revision, REV:PATH, read with `git show REV:PATH` in the \
            current folder's repository (PATH from the repository root, or from the current folder \
            when it starts with ./). An existing file wins over that reading. Example: \
            kmap diff HEAD~1:maps/x.kmap maps/x.kmap
            """
    )

    @Argument(help: ArgumentHelp("The old version: a file, REV:PATH from git, or - for standard input.", valueName: "old"), completion: .maps)
    var old: String

    @Argument(help: ArgumentHelp("The new version: a file, REV:PATH from git, or - for standard input.", valueName: "new"), completion: .maps)
    var new: String

    @Option(help: "Report format: text, markdown or json.")
    var format: DiffFormat = .text

    @Option(name: [.short, .long], help: ArgumentHelp(
        "Also draw the new map with the changes marked (.svg, .png, .pdf or .dot).", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the output file even when it is read-only.")
    var force = false

    @Flag(name: .customLong("no-renames"), help: "Report renames as a removal and an addition.")
    var noRenames = false

    @Option(name: .customLong("fail-on-new"), help: ArgumentHelp(
        "Exit with status 1 when findings at or above this severity appear: error, warning, info or never.", valueName: "severity"))
    var failOnNew: FailOn = .never

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var limits: LayoutLimits
    @OptionGroup var input: InputOptions

    func validate() throws {
        if old == "-" && new == "-" { throw ValidationError("only one version can be read from standard input") }
        if let output, OutputFormat(path: output) == nil || OutputFormat(path: output) == .mermaid {
            throw ValidationError("cannot tell the picture format from '\(output)': use .svg, .png, .pdf or .dot")
        }
    }

    func run() throws {
        let configuration = try analysis.configuration(forMapAt: VersionReader.fileArgument(new) ?? ".", failOn: nil, options: input)
        let reader = VersionReader(input: input, configuration: configuration)
        let versions = try reader.read([old, new].map(VersionReader.spec))
        let diff = MapDiffer.diff(old: versions[0].analysis, new: versions[1].analysis, options: DiffOptions(detectRenames: !noRenames))

        if let output, let pictureFormat = OutputFormat(path: output) {
            let bytes: [UInt8]
            do {
                bytes = try limits.guarding { () throws(RenderError) in try DiffDiagram.render(diff, format: pictureFormat) }
            } catch .layoutTooLarge(let budget) {
                throw UserError("cannot draw '\(output)': \(RenderError.layoutTooLarge(budget))")
            } catch {
                throw InternalError(message: "cannot draw '\(output)': \(error)")
            }
            try AtomicFile.write(bytes, to: output, protectedInputs: [old, new], force: force)
        }
        switch format {
        case .text: Terminal.printOut(DiffTextWriter.write(diff, color: input.colorOutput))
        case .markdown: Terminal.printOut(DiffMarkdownWriter.write(diff))
        case .json: Terminal.printOut(DiffJSONWriter.write(diff))
        }
        ProcessMemory.keepUntilExit((versions, diff))
        if let threshold = failOnNew.severity, !diff.introduced(atLeast: threshold).isEmpty { throw ExitStatus.findings }
    }
}

/// `--format` of `kmap diff`.
enum DiffFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case text, markdown, json
}

/// Reads versions of maps for `diff` and `trend`: from files, standard input or git, parsed,
/// resolved and analysed with one configuration; problems go to standard error.
struct VersionReader {
    let input: InputOptions
    let configuration: AnalysisConfiguration
    /// Where `REV:PATH` versions are read: the current folder's repository unless stated.
    var git = GitRepository()

    /// What a command-line argument names: an existing file, or else `REV:PATH` from git.
    static func spec(_ argument: String) -> VersionSpec {
        VersionSpec(argument, fileExists: FileManager.default.fileExists(atPath:))
    }

    /// The path of a command-line version when it is a file (not `REV:PATH`).
    static func fileArgument(_ argument: String) -> String? {
        if case .file(let path) = spec(argument) { return path }
        return nil
    }

    /// Reads the versions, analysing them in parallel (one per core). Errors in a map stop the
    /// command with status 2 unless `allowErrors` is set; then they are printed and the
    /// best-effort map is used.
    func read(_ specs: [VersionSpec], allowErrors: Bool = false) throws -> [MapVersion] {
        let sources = try specs.map(source)
        let configuration = configuration
        let versions = Workers.map(sources) { MapVersion(source: $0, configuration: configuration) }
        for version in versions {
            let errors = version.diagnostics.filter { $0.severity == .error }
            guard !errors.isEmpty else { continue }
            MapReader.report(errors, in: version.source, options: input)
            if !allowErrors { throw ExitStatus.invalidInput }
        }
        // One project file configures every version: its problems are printed once.
        if let analysis = versions.last?.analysis, let project = analysis.projectSource {
            MapReader.report(analysis.projectDiagnostics, in: project, options: input)
        }
        return versions
    }

    /// The text of a version; a file that cannot be read is reported as a diagnostic.
    private func source(_ spec: VersionSpec) throws -> SourceFile {
        switch spec {
        case .file(let path):
            return try MapReader.loadSource(path, options: input)
        case .revision:
            do {
                return try spec.load(git: git, maxBytes: input.maxInputSize)
            } catch {
                switch error {
                case .source(let failure):
                    MapReader.report([failure.diagnostic], in: failure.source, options: input)
                    throw ExitStatus.invalidInput
                case .git(let failure):
                    throw UserError("cannot read '\(spec.displayName)' from git: \(failure.message)")
                }
            }
        }
    }
}
