/// A gap rule: a description plus the logic that finds the gap in an analysed map.
///
/// Rules are small value types, one per file, each with its own examples. Most rules have one fixed
/// description (``FixedGapRule``); the `missing-<phase>` family has one rule value per phase.
public protocol GapRule: Sendable {
    /// The rule's identity, documentation and examples.
    var description: RuleDescription { get }
    /// Every gap of this rule in the map, with the rule's default severity (or a stronger one the
    /// rule chooses, such as an error for an unowned application activity). Configuration and
    /// suppressions are applied afterwards by the ``Analyzer``.
    func findings(in context: AnalysisContext) -> [Finding]
}

/// A rule with one description, known without an instance.
public protocol FixedGapRule: GapRule {
    static var description: RuleDescription { get }
    init()
}

public extension FixedGapRule {
    var description: RuleDescription { Self.description }
}
