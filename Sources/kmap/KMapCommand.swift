import ArgumentParser
import Foundation

/// The `kmap` command. Each subcommand is one `ParsableCommand`; this type only dispatches and
/// maps every failure to kmap's documented exit statuses (see README.md).
@main
struct KMapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kmap",
        abstract: "Map a knowledge-management system, find where its learning cycle breaks, and draw it.",
        version: "0.1.0",
        subcommands: [
            CheckCommand.self,
            EvidenceCommand.self,
            RenderCommand.self,
            ReportCommand.self,
            DiffCommand.self,
            TrendCommand.self,
            WatchCommand.self,
            ServeCommand.self,
            LSPCommand.self,
            FmtCommand.self,
            RulesCommand.self,
            ExplainCommand.self,
            TechniquesCommand.self,
            ExportCommand.self,
            ImportCommand.self,
            InitCommand.self,
            GenerateCommand.self,
        ]
    )

    /// Runs the command line, turning errors into messages and exit statuses: 2 for misuse and
    /// invalid input, 3 for internal errors. No Swift error trace reaches the user.
    static func main() {
        ProcessMemory.tuneAllocator()
        RendererChild.endWithTheWatcher()
        do {
            let arguments = Array(CommandLine.arguments.dropFirst())
            if let error = UnknownCommand.error(in: arguments, commands: UnknownCommand.names(of: self)) { throw error }
            var command = try parseAsRoot()
            try command.run()
        } catch let error as UserError {
            Terminal.printError("kmap: error: \(error.message)\n")
            Foundation.exit(error.status.rawValue)
        } catch let error as InternalError {
            Terminal.printError("kmap: internal error: \(error.message)\n")
            Foundation.exit(ExitStatus.internalError.rawValue)
        } catch {
            exitForArgumentParser(error)
        }
    }

    /// Exits for errors raised by argument parsing or by `ExitCode`/`CleanExit`.
    private static func exitForArgumentParser(_ error: Error) -> Never {
        let code = exitCode(for: error)
        if error is ExitCode || error is CleanExit || code == .success { exit(withError: error) }
        if code == .validationFailure {
            Terminal.printError(fullMessage(for: error) + "\n")
            Foundation.exit(ExitStatus.invalidInput.rawValue)
        }
        Terminal.printError("kmap: internal error: \(error)\n")
        Foundation.exit(ExitStatus.internalError.rawValue)
    }
}
