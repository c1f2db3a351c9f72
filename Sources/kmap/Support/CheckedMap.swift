import ArgumentParser
import KMapAnalysis
import KMapPipeline
import KMapReport

/// One map as `kmap check` reads and analyses it, with what the reading would have printed on
/// standard error kept as text: maps are checked in parallel, and their problems are printed
/// afterwards in the order the maps were named, exactly as checking them one by one prints them.
struct CheckedMap: Sendable {
    /// How checking the map ended.
    enum Outcome: Sendable {
        /// Read and analysed, with the map's report when the worker was asked to write it.
        case analyzed(PipelineResult, report: String?)
        /// Not usable (exit status 2): with its diagnostics when the map itself cannot be read,
        /// parsed or resolved (SARIF lists those), without when its project file is at fault.
        case invalid(InvalidMap?)
        /// Stopped by an error that ends the whole command, as it ended the one-by-one loop.
        case stopped(any Error)
    }

    let path: String
    let outcome: Outcome
    /// Diagnostics for standard error, in the order they arose; empty when there are none.
    let problems: String

    /// Reads and analyses the map at `path` (`-` for standard input) as `check` does, printing
    /// nothing; `report`, if given, writes the analysis as the command prints it.
    init(_ path: String, input: InputOptions, analysis: AnalysisOptions, failOn: FailOn?, report: (@Sendable (AnalysisResult) -> String)?) {
        self.path = path
        var problems = ""
        switch MapReader.readKeepingErrors(path, options: input, problems: &problems) {
        case .success(let compiled):
            do {
                let result = try MapReader.analyze(compiled, at: path, options: input, analysis: analysis, failOn: failOn,
                                                   reportsProjectProblems: true, problems: &problems)
                outcome = .analyzed(result, report: report?(result.analysis))
            } catch let status as ExitCode where status == ExitStatus.invalidInput {
                outcome = .invalid(nil)
            } catch {
                outcome = .stopped(error)
            }
        case .failure(let error):
            outcome = .invalid(error.map)
        }
        self.problems = problems
    }

    /// The maps at `paths` checked on up to `workers` threads, in the order of `paths`, each
    /// worker writing the reports of the maps it checked with `report`.
    static func check(
        _ paths: [String], workers: Int, input: InputOptions, analysis: AnalysisOptions, failOn: FailOn?,
        report: (@Sendable (AnalysisResult) -> String)?
    ) -> [CheckedMap] {
        Workers.map(paths, count: workers) { CheckedMap($0, input: input, analysis: analysis, failOn: failOn, report: report) }
    }
}
