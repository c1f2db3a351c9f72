import ArgumentParser
import KMapAnalysis
import KMapEvidence
import KMapLanguage
import KMapModel

/// `kmap explain`: one rule's rationale, remedy and examples.
struct ExplainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explain",
        abstract: "Explain a gap or evidence rule: why it matters in KM practice, what to do, and examples."
    )

    @Argument(help: "A rule code or slug, e.g. KM006 or no-broker.", completion: .ruleSlugs)
    var rule: String

    func run() throws {
        if let evidenceRule = EvidenceRules.rule(named: rule) {
            let examples = evidenceRule.examples
            Terminal.printOut(Self.explanation(of: evidenceRule.description, logs: (examples.triggering.map(\.log), examples.nonTriggering.map(\.log))))
            return
        }
        guard let description = RuleRegistry.description(named: rule) else {
            let message = AnalysisOptions.unknownRuleMessage(rule) ?? RuleRegistry.unknownRuleMessage(rule) ?? "unknown rule '\(rule)'"
            throw UserError("\(message) (`kmap rules` lists them)")
        }
        Terminal.printOut(Self.explanation(of: description))
    }

    /// The explanation as plain text; an evidence rule's examples each come with the log
    /// (`logs`, parallel to the rule's triggering and non-triggering examples) they are checked against.
    static func explanation(of rule: RuleDescription, logs: (triggering: [String], nonTriggering: [String]) = ([], [])) -> String {
        var text = "\(rule.code) \(rule.slug): \(rule.name)\n"
        text += "default severity: \(rule.defaultSeverity.rawValue)\n\n\(rule.summary)\n\n"
        text += "Why it matters\n  \(rule.rationale)\n\nWhat to do\n  \(rule.remedy)\n"
        let techniques = rule.techniques.compactMap(TechniqueCatalog.technique(slug:))
        if !techniques.isEmpty {
            text += "\nTechniques\n" + techniques.map { "  \($0.slug): \($0.summary)\n" }.joined()
        }
        func indented(_ text: String) -> String {
            text.split(separator: "\n", omittingEmptySubsequences: false).map { "    \($0)" }.joined(separator: "\n") + "\n"
        }
        let sections = [("Triggers on", rule.triggeringExamples, logs.triggering), ("Does not trigger on", rule.nonTriggeringExamples, logs.nonTriggering)]
        for (title, examples, logs) in sections {
            for (index, example) in examples.prefix(2).enumerated() {
                text += "\n\(title)\n" + indented(example.markedText)
                if logs.indices.contains(index) { text += "  with the log\n" + indented(logs[index]) }
            }
        }
        return text
    }
}
