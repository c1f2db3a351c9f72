import ArgumentParser
import Foundation
import KMapLanguage
import KMapModel

/// A map read from disk: its text, its syntax tree, the resolved model and every problem found.
/// The tree (which the workbook export writes statement by statement) stays in memory until exit
/// rather than being freed object by object (see ``ProcessMemory/keepUntilExit(_:)``).
struct LoadedMap {
    var source: SourceFile
    var syntax: MapFile
    var map: KMap
    var diagnostics: [Diagnostic]

    var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}

/// Reads maps for commands: load, parse, resolve, print the diagnostics, and stop with exit
/// status 2 when the map is invalid.
enum MapReader {
    /// Reads the map at `path` (`-` for standard input).
    ///
    /// Prints every diagnostic on standard error. Throws `ExitCode(2)` when the file cannot be
    /// read or has errors, unless `allowErrors` is set (then the caller decides).
    static func read(_ path: String, options: InputOptions, allowErrors: Bool = false) throws -> LoadedMap {
        let source = try loadSource(path, options: options)
        let parsed = Parser.parse(source)
        // Kept until exit: freeing a large tree object by object costs more than resolving it.
        ProcessMemory.keepUntilExit(parsed.file)
        let compiled = MapCompiler.compile(parsed, source: source)
        let loaded = LoadedMap(source: source, syntax: parsed.file, map: compiled.map, diagnostics: compiled.diagnostics)
        report(loaded.diagnostics, in: source, options: options)
        if loaded.hasErrors && !allowErrors { throw ExitStatus.invalidInput }
        return loaded
    }

    /// Reads and decodes a file (or standard input for `-`), printing E001-E003 on failure.
    static func loadSource(_ path: String, options: InputOptions) throws -> SourceFile {
        let result: Result<SourceFile, LoadError>
        if path == "-" {
            result = SourceLoader.loadStandardInput(maxBytes: options.maxInputSize)
        } else {
            result = SourceLoader.load(path: path, maxBytes: options.maxInputSize)
        }
        switch result {
        case .success(let source):
            return source
        case .failure(let error):
            report([error.diagnostic], in: error.source, options: options)
            throw ExitStatus.invalidInput
        }
    }

    /// Prints diagnostics on standard error in the chosen format.
    static func report(_ diagnostics: [Diagnostic], in source: SourceFile, options: InputOptions) {
        guard !diagnostics.isEmpty else { return }
        switch options.diagnosticsFormat {
        case .text:
            Terminal.printError(DiagnosticRenderer.render(diagnostics, in: source, useColor: options.colorDiagnostics, showID: true))
        case .json:
            Terminal.printError(DiagnosticJSON.encode(diagnostics, in: source) + "\n")
        }
    }
}
