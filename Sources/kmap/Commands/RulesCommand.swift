import ArgumentParser
import KMapReport
import KMapAnalysis
import KMapEvidence
import KMapText

/// `kmap rules`: the table of gap rules, then the evidence rules of `kmap evidence`.
struct RulesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rules",
        abstract: "List the gap rules and the evidence rules with their codes, slugs and default severities."
    )

    @Option(help: "Output format: text, markdown or json (every rule with its rationale, remedy, scope and techniques).")
    var format: RulesFormat = .text

    func run() throws {
        let rules = RuleRegistry.all + EvidenceRules.descriptions
        switch format {
        case .text:
            var table = TextTable("code", "slug", "severity", "finds")
            for rule in rules {
                table.append([rule.code, rule.slug, rule.defaultSeverity.rawValue, rule.summary])
            }
            Terminal.printOut(table.render() + "\n`kmap explain SLUG` shows a rule's rationale, remedy and examples.\n")
        case .markdown:
            var output = "| code | slug | severity | finds |\n|---|---|---|---|\n"
            for rule in rules {
                output += "| " + [rule.code, rule.slug, rule.defaultSeverity.rawValue, rule.summary]
                    .map(MarkdownText.inline).joined(separator: " | ") + " |\n"
            }
            Terminal.printOut(output)
        case .json:
            Terminal.printOut(try CommandJSON.rules(rules))
        }
    }
}

/// `--format` of `kmap rules`.
enum RulesFormat: String, CaseIterable, ExpressibleByArgument, Sendable {
    case text, markdown, json
}
