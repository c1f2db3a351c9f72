import ArgumentParser
import Foundation
import KMapAnalysis
import KMapDiff
import KMapEvidence

/// `kmap trend MAP...` and `kmap trend --git PATH`: headline numbers of successive versions.
struct TrendCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "trend",
        abstract: "Show how a map's waves, findings and activities changed over its versions.",
        discussion: """
            One row per version: the files in the order given, or with --git every commit that \
            touched PATH (following renames) in the repository around it, oldest first, with its \
            author date and subject. \
            Columns: waves complete of total, findings by severity, activities per phase. \
            The chart labels each version with its date, and with its short commit too when \
            several versions share a date. \
            A version from git history that has errors is counted from what could be read, with \
            a warning; a file given by name must have none. \
            With --evidence LOG the newest version is also checked against its evidence logs, one \
            calendar period (--period month, quarter or year) at a time over the logs' dates (or \
            --from, --to), empty periods included: occurrences in total and per phase, lessons \
            acted on within the window, waves completed in practice and their median days, \
            stakeholders who must be heard and took part, and evidence findings by rule; every \
            format and the chart carry it. A log with an error stops the command (status 2).
            """
    )

    @Argument(help: ArgumentHelp("The versions, oldest first: files, REV:PATH from git, or - for standard input.", valueName: "map"), completion: .maps)
    var maps: [String] = []

    @Option(name: .customLong("git"), help: ArgumentHelp("Use every commit that touched this file.", valueName: "path"))
    var gitPath: String?

    @Option(help: "Table format: text, markdown, csv or json (one object per version, with the chart's axis label).")
    var format: TrendFormat = .text

    @Option(name: [.short, .long], help: ArgumentHelp("Also draw the series as a line chart (.svg).", valueName: "file"))
    var output: String?

    @Flag(help: "Replace the output file even when it is read-only.")
    var force = false

    @Option(name: .customLong("evidence"), help: ArgumentHelp("An evidence log of the newest version, reported per period; repeatable.", valueName: "log"),
            completion: .file(extensions: ["csv"]))
    var evidenceLogs: [String] = []

    @Option(help: "The calendar period of the evidence table: month, quarter or year (UTC). Default: month.")
    var period: CalendarPeriod.Length?

    @OptionGroup var range: EvidencePeriodOptions

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var input: InputOptions

    func validate() throws {
        if maps.count(where: { $0 == "-" }) > 1 { throw ValidationError("only one version can be read from standard input") }
        if gitPath != nil, !maps.isEmpty { throw ValidationError("give either maps or --git PATH, not both") }
        if gitPath == nil, maps.isEmpty { throw ValidationError("name the versions to compare, or use --git PATH") }
        if evidenceLogs.isEmpty, period != nil || range.from != nil || range.to != nil {
            throw ValidationError("--period, --from and --to choose the periods of --evidence; name a log with --evidence")
        }
        if let output, !output.lowercased().hasSuffix(".svg") {
            throw ValidationError("the trend chart is written as SVG: name the file '.svg'")
        }
    }

    func run() throws {
        let versions = try gitPath.map { try readHistory($0) } ?? readFiles()
        var trend = Trend(versions: versions)
        if let newest = versions.last, !evidenceLogs.isEmpty {
            let evidence = try EvidenceInput.read(evidenceLogs, against: newest.analysis.map, options: input)
            trend.evidence = EvidenceSeries(map: newest.analysis.map, evidence: evidence, length: period ?? .month,
                                            range: range.period, configuration: newest.analysis.configuration)
        }
        if let output {
            try AtomicFile.write(TrendChart.svg(trend), to: output, protectedInputs: maps + evidenceLogs + (gitPath.map { [$0] } ?? []), force: force)
        }
        switch format {
        case .text: Terminal.printOut(TrendTableWriter.text(trend))
        case .markdown: Terminal.printOut(TrendTableWriter.markdown(trend))
        case .csv: Terminal.printOut(TrendTableWriter.csv(trend))
        case .json: Terminal.printOut(try CommandJSON.trend(trend))
        }
    }

    private typealias Version = (version: String, date: String?, subject: String?, analysis: AnalysisResult)

    private func readFiles() throws -> [Version] {
        let configuration = try analysis.configuration(forMapAt: maps.compactMap(VersionReader.fileArgument).last ?? ".", failOn: nil, options: input)
        let versions = try VersionReader(input: input, configuration: configuration).read(maps.map(VersionReader.spec))
        return zip(maps, versions).map { (version: $0, date: nil, subject: nil, analysis: $1.analysis) }
    }

    /// Every commit that touched `path`, read in the repository around the file's folder.
    private func readHistory(_ path: String) throws -> [Version] {
        let file = URL(fileURLWithPath: path)
        let git = GitRepository(directory: file.deletingLastPathComponent().path)
        let reader = VersionReader(input: input, configuration: try analysis.configuration(forMapAt: path, failOn: nil, options: input), git: git)
        let commits: [GitCommit]
        do {
            commits = try git.history(of: file.lastPathComponent)
        } catch {
            throw UserError("cannot read the history of '\(path)': \(error.message)")
        }
        guard !commits.isEmpty else { throw UserError("no commit touched '\(path)'") }
        let versions = try reader.read(commits.map { .revision($0.hash, path: $0.path) }, allowErrors: true)
        return zip(commits, versions).map { commit, version in
            if version.diagnostics.hasErrors {
                Terminal.printError("kmap: warning: \(commit.shortHash) (\(commit.date)) has errors; its numbers come from what could be read\n")
            }
            return (version: commit.shortHash, date: commit.date, subject: commit.subject, analysis: version.analysis)
        }
    }
}

/// `--format` of `kmap trend`.
enum TrendFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case text, markdown, csv, json
}

extension CalendarPeriod.Length: ExpressibleByArgument {}
