import ArgumentParser
import Foundation
import KMapAnalysis
import KMapLanguage
import KMapPipeline
import KMapReport

/// Reads maps for commands through the pipeline: load, parse, resolve, print the diagnostics,
/// stop with exit status 2 when the map is invalid, then analyse, the pipeline reading the
/// project file, and stop in the same way when that cannot be read.
///
/// The syntax tree (which the workbook export writes statement by statement) stays in memory
/// until exit rather than being freed object by object (see ``ProcessMemory/keepUntilExit(_:)``).
enum MapReader {
    /// Reads and analyses the map at `path` (`-` for standard input) with the configuration
    /// `analysis` gives for it: the one way `check`, `render`, `report` and `export` read a map.
    ///
    /// The configuration is read only once the map is known to be valid, so a map's own errors
    /// are reported before any problem with its project file.
    static func analyze(_ path: String, options: InputOptions, analysis: AnalysisOptions, failOn: FailOn? = nil) throws -> PipelineResult {
        try analyze(read(path, options: options), at: path, options: options, analysis: analysis, failOn: failOn)
    }

    /// Analyses a map already read from `path`, with the configuration `analysis` gives for it.
    ///
    /// A project file that cannot be read stops the command (its diagnostics printed, exit
    /// status 2). Its warnings are printed on standard error unless `reportsProjectProblems`:
    /// `check` lists them with the findings, in every format it writes.
    static func analyze(
        _ compiled: CompiledMap, at path: String, options: InputOptions, analysis: AnalysisOptions, failOn: FailOn? = nil,
        reportsProjectProblems: Bool = false
    ) throws -> PipelineResult {
        var problems = ""
        defer { Terminal.printError(problems) }
        return try analyze(compiled, at: path, options: options, analysis: analysis, failOn: failOn,
                           reportsProjectProblems: reportsProjectProblems, problems: &problems)
    }

    /// ``analyze(_:at:options:analysis:failOn:reportsProjectProblems:)`` with what it would print
    /// on standard error appended to `problems` instead, for maps analysed in parallel.
    static func analyze(
        _ compiled: CompiledMap, at path: String, options: InputOptions, analysis: AnalysisOptions, failOn: FailOn?,
        reportsProjectProblems: Bool, problems: inout String
    ) throws -> PipelineResult {
        let result = compiled.analyzed(with: try analysis.pipelineConfiguration(forMapAt: path, failOn: failOn))
        if let source = result.projectSource {
            let diagnostics = result.projectDiagnostics
            if diagnostics.hasErrors || !reportsProjectProblems { problems += text(of: diagnostics, in: source, options: options) }
            if diagnostics.hasErrors { throw ExitStatus.invalidInput }
        }
        return result
    }

    /// Prints a project file's diagnostics on standard error (when some is an error, or when
    /// `includingWarnings`), and throws `ExitCode(2)` when one is an error: the file could not
    /// be read or decoded.
    static func reportProjectProblems(
        _ diagnostics: [Diagnostic], in source: SourceFile, options: InputOptions, includingWarnings: Bool = true
    ) throws {
        let hasErrors = diagnostics.hasErrors
        if hasErrors || includingWarnings { report(diagnostics, in: source, options: options) }
        if hasErrors { throw ExitStatus.invalidInput }
    }

    /// Reads the map at `path` (`-` for standard input), keeping its syntax tree.
    ///
    /// Prints every diagnostic on standard error. Throws `ExitCode(2)` when the file cannot be
    /// read or has errors.
    static func read(_ path: String, options: InputOptions) throws -> CompiledMap {
        switch readKeepingErrors(path, options: options) {
        case .success(let compiled): return compiled
        case .failure: throw ExitStatus.invalidInput
        }
    }

    /// Reads the map at `path` like ``read(_:options:)``, printing every diagnostic on standard
    /// error; a file that cannot be read or has errors comes back as its diagnostics, for
    /// reports that list invalid maps (SARIF) rather than stop at them.
    static func readKeepingErrors(_ path: String, options: InputOptions) -> Result<CompiledMap, InvalidMapError> {
        var problems = ""
        defer { Terminal.printError(problems) }
        return readKeepingErrors(path, options: options, problems: &problems)
    }

    /// ``readKeepingErrors(_:options:)`` with the diagnostics appended to `problems` instead of
    /// printed, for maps read in parallel.
    static func readKeepingErrors(_ path: String, options: InputOptions, problems: inout String) -> Result<CompiledMap, InvalidMapError> {
        let configuration = PipelineConfiguration(maxInputBytes: options.maxInputSize, keepsSyntax: true)
        switch Pipeline.compile(MapInput(argument: path), configuration) {
        case .failure(let error):
            problems += text(of: [error.diagnostic], in: error.source, options: options)
            return .failure(InvalidMapError(map: InvalidMap(source: error.source, diagnostics: [error.diagnostic])))
        case .success(let compiled):
            // Kept until exit: freeing a large tree object by object costs more than resolving it.
            ProcessMemory.keepUntilExit(compiled.syntax)
            problems += text(of: compiled.diagnostics, in: compiled.source, options: options)
            if compiled.diagnostics.hasErrors {
                return .failure(InvalidMapError(map: InvalidMap(source: compiled.source, diagnostics: compiled.diagnostics)))
            }
            return .success(compiled)
        }
    }

    /// The syntax tree of a map ``read(_:options:)`` returned (which always keeps it).
    static func syntax(of compiled: CompiledMap) throws -> MapFile {
        guard let syntax = compiled.syntax else { throw InternalError(message: "the syntax tree of '\(compiled.source.path)' was not kept") }
        return syntax
    }

    /// Reads and decodes a file (or standard input for `-`), printing E001-E003 on failure.
    static func loadSource(_ path: String, options: InputOptions) throws -> SourceFile {
        switch MapInput(argument: path).load(maxBytes: options.maxInputSize) {
        case .success(let source):
            return source
        case .failure(let error):
            report([error.diagnostic], in: error.source, options: options)
            throw ExitStatus.invalidInput
        }
    }

    /// Prints diagnostics on standard error in the chosen format.
    static func report(_ diagnostics: [Diagnostic], in source: SourceFile, options: InputOptions) {
        Terminal.printError(text(of: diagnostics, in: source, options: options))
    }

    /// Diagnostics as ``report(_:in:options:)`` prints them; empty for none.
    static func text(of diagnostics: [Diagnostic], in source: SourceFile, options: InputOptions) -> String {
        guard !diagnostics.isEmpty else { return "" }
        switch options.diagnosticsFormat {
        case .text:
            return DiagnosticRenderer.render(diagnostics, in: source, useColor: options.colorDiagnostics, showID: true)
        case .json:
            return DiagnosticJSON.encode(diagnostics, in: source) + "\n"
        }
    }
}

/// A map ``MapReader/readKeepingErrors(_:options:)`` found invalid, with its diagnostics.
struct InvalidMapError: Error {
    let map: InvalidMap
}
