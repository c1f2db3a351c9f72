import ArgumentParser
import Foundation
import KMapLanguage

/// Flags shared by every command that reads maps.
struct InputOptions: ParsableArguments {
    @Option(help: "How problems in the input are printed on standard error: text or json.")
    var diagnosticsFormat: DiagnosticsFormat = .text

    @Option(help: "Colour in terminal output: auto (each stream when it is a terminal and NO_COLOR is unset: standard output for findings, standard error for problems in the input), always or never.")
    var color: ColorChoice = .auto

    @Option(help: ArgumentHelp("Largest input accepted, in bytes: 256 MiB unless given, at most 4 GiB - 1.", valueName: "bytes"))
    var maxInputSize: Int = SourceLoader.defaultMaxBytes

    func validate() throws {
        guard maxInputSize > 0 else { throw ValidationError("--max-input-size must be a positive number of bytes") }
        guard maxInputSize <= SourceLoader.largestInput else {
            throw ValidationError("--max-input-size can be at most \(SourceLoader.largestInput) bytes (4 GiB - 1)")
        }
    }

    /// Whether diagnostics on standard error may be coloured.
    var colorDiagnostics: Bool { Terminal.useColor(color) }

    /// Whether text on standard output may be coloured.
    var colorOutput: Bool { Terminal.useColor(color, fileDescriptor: STDOUT_FILENO) }
}

/// `--diagnostics-format text|json`.
enum DiagnosticsFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case text, json
}

extension ColorChoice: ExpressibleByArgument {}
