import ArgumentParser
import KMapReport
import KMapAnalysis
import KMapText

/// `kmap rules`: the table of gap rules.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the gap rules with their codes, slugs and default severities."
    )

    @Option(help: "Output format: text, markdown or json (every rule with its rationale, remedy, scope and techniques).")
    var format: RulesFormat = .text

    func run() throws {
        switch format {
        case .text:
            var table = TextTable("code", "slug", "severity", "finds")
            for rule in RuleRegistry.all {
                table.append([rule.code, rule.slug, rule.defaultSeverity.rawValue, rule.summary])
            }
            Terminal.printOut(table.render() + "\n`kmap explain SLUG` shows a rule's rationale, remedy and examples.\n")
        case .markdown:
            var output = "| code | slug | severity | finds |\n|---|---|---|---|\n"
            for rule in RuleRegistry.all {
                output += "| " + [rule.code, rule.slug, rule.defaultSeverity.rawValue, rule.summary]
                    .map(MarkdownText.inline).joined(separator: " | ") + " |\n"
            }
            Terminal.printOut(output)
        case .json:
            Terminal.printOut(try CommandJSON.rules(RuleRegistry.all))
        }
    }
}

/// `--format` of `kmap rules`.
enum RulesFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case text, markdown, json
}
