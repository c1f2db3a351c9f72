import KMapAnalysis
import KMapLanguage
import KMapModel

/// An evidence rule: a description plus the logic that compares a map with what its logs say
/// happened. One per file, each with its examples (a map and a log).
public protocol EvidenceRule: Sendable {
    /// The rule's identity and documentation; its examples are the maps of ``examples``.
    static var description: RuleDescription { get }
    /// Maps with logs on which the rule must report at the marked lines, and must not.
    static var examples: EvidenceExamples { get }
    init()
    /// Every finding of this rule, with its default severity (configuration is applied after).
    func findings(in context: EvidenceContext) -> [Finding]
}

/// A map (with ``RuleExample/marker`` lines where a finding must point) and an evidence log.
public struct EvidenceExample: Sendable {
    public var map: RuleExample
    public var log: String

    public init(_ map: String, log: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) {
        self.map = RuleExample(map, fileID: fileID, filePath: filePath, line: line)
        self.log = log
    }
}

/// The examples of one evidence rule.
public struct EvidenceExamples: Sendable {
    public var triggering: [EvidenceExample]
    public var nonTriggering: [EvidenceExample]

    public init(triggering: [EvidenceExample], nonTriggering: [EvidenceExample]) {
        self.triggering = triggering
        self.nonTriggering = nonTriggering
    }
}

extension RuleDescription {
    /// The description of an evidence rule, whose examples are the maps of `examples`.
    init(
        code: String, slug: String, name: String, defaultSeverity: Severity, summary: String,
        rationale: String, remedy: String, scope: String, techniques: [String], examples: EvidenceExamples
    ) {
        self.init(code: code, slug: slug, name: name, defaultSeverity: defaultSeverity, summary: summary,
                  rationale: rationale, remedy: remedy, scope: scope, techniques: techniques,
                  triggeringExamples: examples.triggering.map(\.map), nonTriggeringExamples: examples.nonTriggering.map(\.map))
    }
}
