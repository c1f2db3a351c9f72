import ArgumentParser
import Foundation
import KMapLanguage

/// Catches a misspelt command before argument parsing, which would only say "2 unexpected
/// arguments": `kmap chek x.kmap` and `kmap help chek` both fail with
/// `unknown command 'chek'. Did you mean 'check'?` (exit status 2).
enum UnknownCommand {
    /// The error for `arguments` (without the program name) when they start with a word that is
    /// not a command, or ask `help` about one; nil when they are fine or start with an option.
    static func error(in arguments: [String], commands: [String]) -> UserError? {
        guard let first = arguments.first, !first.hasPrefix("-") else { return nil }
        if first == "help" {
            guard let topic = arguments.dropFirst().first(where: { !$0.hasPrefix("-") }) else { return nil }
            return commands.contains(topic) ? nil : error(for: topic, commands: commands)
        }
        return commands.contains(first) ? nil : error(for: first, commands: commands)
    }

    /// The names of `command`'s subcommands.
    static func names(of command: any ParsableCommand.Type) -> [String] {
        command.configuration.subcommands.map { $0._commandName }
    }

    private static func error(for word: String, commands: [String]) -> UserError {
        var message = "unknown command '\(word)'"
        if let suggestion = Suggestions.didYouMean(Suggestions.closest(to: word, among: commands)) {
            message += ". " + suggestion.prefix(1).uppercased() + suggestion.dropFirst()
        } else if word.hasSuffix(".\(MapPaths.fileExtension)") || FileManager.default.fileExists(atPath: word) {
            message += "; to analyse a map, run 'kmap check \(word)'"
        } else {
            message += "; 'kmap --help' lists the commands"
        }
        return UserError(message)
    }
}
