import ArgumentParser
import KMapAnalysis
import KMapLanguage
import KMapModel

/// `kmap explain`: one rule's rationale, remedy and examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a gap rule: why it matters in KM practice, what to do, and examples."
    )

    @Argument(help: "A rule code or slug, e.g. KM006 or no-broker.", completion: .ruleSlugs)
    var rule: String

    func run() throws {
        guard let description = RuleRegistry.description(named: rule) else {
            let message = RuleRegistry.unknownRuleMessage(rule) ?? "unknown rule '\(rule)'"
            throw UserError("\(message) (`kmap rules` lists them)")
        }
        Terminal.printOut(Self.explanation(of: description))
    }

    /// The explanation as plain text.
    static func explanation(of rule: RuleDescription) -> String {
        var text = "\(rule.code) \(rule.slug): \(rule.name)\n"
        text += "default severity: \(rule.defaultSeverity.rawValue)\n\n\(rule.summary)\n\n"
        text += "Why it matters\n  \(rule.rationale)\n\nWhat to do\n  \(rule.remedy)\n"
        let techniques = rule.techniques.compactMap(TechniqueCatalog.technique(slug:))
        if !techniques.isEmpty {
            text += "\nTechniques\n" + techniques.map { "  \($0.slug): \($0.summary)\n" }.joined()
        }
        for (title, examples) in [("Triggers on", rule.triggeringExamples), ("Does not trigger on", rule.nonTriggeringExamples)] {
            for example in examples.prefix(2) {
                text += "\n\(title)\n" + example.markedText.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "    \($0)" }.joined(separator: "\n") + "\n"
            }
        }
        return text
    }
}
