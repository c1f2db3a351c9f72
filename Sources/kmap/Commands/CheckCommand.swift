import ArgumentParser
import KMapAnalysis
import KMapEvidence
import KMapLanguage
import KMapPipeline
import KMapReport

/// `kmap check`: finds where a map's learning cycle breaks.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Analyze maps and report the gaps in their KM cycle.",
        discussion: """
            Prints each finding as `path:line:col: severity[CODE slug]: message` with the map's line, \
            notes and a remedy, then a summary. A folder stands for every .kmap file under it \
            (sorted, hidden folders skipped); several maps are checked in parallel (--jobs) and \
            reported in the order they were named; each summary names its file and a \
            total ends the output, JSON is an array of documents and SARIF one run for all files, with \
            the errors of maps that do not parse or resolve as results at their places. \
            Exit status 1 when a finding is at or above --fail-on, 2 when a map is invalid.
            """
    )

    @Argument(help: "The maps or folders of maps to analyze (`-` reads standard input).", completion: .maps)
    var maps: [String]

    @Option(help: "Output format: text, json or sarif.")
    var format: CheckFormat = .text

    @Option(help: "Lowest severity that makes the run fail with status 1: error, warning, info or never. Default: the project file's fail_on, else error.")
    var failOn: FailOn?

    @Option(name: .customLong("evidence"), help: ArgumentHelp("An evidence log to check the map against as well, as `kmap evidence` does; repeatable.", valueName: "log"),
            completion: .file(extensions: ["csv"]))
    var evidenceLogs: [String] = []

    @Option(help: ArgumentHelp("How many maps are checked at once. Default: one per core.", valueName: "n"))
    var jobs: Int?

    @OptionGroup var analysis: AnalysisOptions
    @OptionGroup var input: InputOptions

    func validate() throws {
        if maps.isEmpty { throw ValidationError("name at least one map to check") }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
        if !evidenceLogs.isEmpty && maps.count > 1 { throw ValidationError("--evidence checks one map; name one map with it") }
    }

    func run() throws {
        let paths = try MapPaths.expand(maps)
        let several = paths.count > 1
        var results: [AnalysisResult] = []
        // Each result's report when a worker wrote it.
        var reports: [String?] = []
        var invalidMaps: [InvalidMap] = []
        var invalid = 0
        let checks = CheckedMap.check(paths, workers: jobs ?? Workers.perCore, input: input, analysis: analysis, failOn: failOn,
                                      report: evidenceLogs.isEmpty && several ? mapReport(several: several) : nil)
        for checked in checks {
            Terminal.printError(checked.problems)
            switch checked.outcome {
            case .analyzed(let pipeline, let report):
                do {
                    results.append(try withEvidence(pipeline, at: checked.path))
                    reports.append(report)
                } catch let status as ExitCode where status == ExitStatus.invalidInput {
                    invalid += 1
                }
            case .invalid(let map):
                if let map { invalidMaps.append(map) }
                invalid += 1
            case .stopped(let error):
                throw error
            }
        }
        switch format {
        case .text: printText(results, reports: reports, invalidMaps: invalid, several: several)
        case .json: Terminal.printOut(json(results, reports: reports, several: several))
        case .sarif:
            Terminal.printOut(SARIFReporter.report(results, invalid: invalidMaps, toolVersion: KMapCommand.configuration.version))
        }
        ProcessMemory.keepUntilExit(results)
        if invalid > 0 { throw ExitStatus.invalidInput }
        if results.contains(where: \.fails) { throw ExitStatus.findings }
    }

    /// The analysis with the evidence findings of `--evidence` added, if any logs were named.
    private func withEvidence(_ pipeline: PipelineResult, at path: String) throws -> AnalysisResult {
        guard !evidenceLogs.isEmpty else { return pipeline.analysis }
        let result = try EvidenceInput.check(pipeline, logs: evidenceLogs, period: EvidencePeriod(), options: input)
        return EvidenceCheck.merged(pipeline.analysis, with: result, keepingGaps: true)
    }

    /// How a worker writes one map's report, so that the command only prints it: the findings as
    /// text, or the map's JSON document. Nil for SARIF, one run for every map.
    private func mapReport(several: Bool) -> (@Sendable (AnalysisResult) -> String)? {
        switch format {
        case .text:
            let useColor = input.colorOutput
            return { result in
                var text = ""
                FindingsTextReporter.write(result, useColor: useColor, namingFile: several, to: &text)
                return text
            }
        case .json: return { FindingsJSONReporter.report($0).trimmingTrailingNewlines() }
        case .sarif: return nil
        }
    }

    /// The findings of each map as text on standard output: a worker's report as it wrote it,
    /// others (a single map) streamed finding by finding; with `several` maps each summary names
    /// its file and a grand total ends the output.
    private func printText(_ results: [AnalysisResult], reports: [String?], invalidMaps: Int, several: Bool) {
        var output = StandardOutput()
        for (index, (result, report)) in zip(results, reports).enumerated() {
            if index > 0 { output.write("\n") }
            if let report {
                output.write(report)
            } else {
                FindingsTextReporter.write(result, useColor: input.colorOutput, namingFile: several, to: &output)
            }
        }
        if several {
            if !results.isEmpty { output.write("\n") }
            output.write(FindingsTextReporter.totalLine(results, invalidMaps: invalidMaps))
        }
        output.flush()
    }

    /// One JSON document for one map; for `several` an array of the valid maps' documents, even
    /// when only one of them could be read, so a tool reading it always gets the same shape.
    private func json(_ results: [AnalysisResult], reports: [String?], several: Bool) -> String {
        let documents = zip(results, reports).map { result, report in report ?? FindingsJSONReporter.report(result).trimmingTrailingNewlines() }
        if !several, let document = documents.first { return document + "\n" }
        return (documents.isEmpty ? "[]" : "[\n" + documents.joined(separator: ",\n") + "\n]") + "\n"
    }
}

/// `kmap check --format`.
enum CheckFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case text, json, sarif
}

extension String {
    /// The string without line breaks at its end.
    func trimmingTrailingNewlines() -> String {
        var copy = self
        while copy.last == "\n" { copy.removeLast() }
        return copy
    }
}
