import KMapLanguage
import KMapModel

/// The gap rules kmap knows, as data: the `missing-<phase>` family for the map's framework followed
/// by the fixed rules, in code order.
public enum RuleRegistry {
    /// The fixed rules (everything except the `missing-<phase>` family).
    public static let fixedRules: [any FixedGapRule.Type] = [
        OpenLoopRule.self,
        DeadEndRepositoryRule.self,
        SkippedPhaseRule.self,
        OrphanActivityRule.self,
        UnreachedActivityRule.self,
        NoBrokerRule.self,
        BrokerBottleneckRule.self,
        IdleBrokerRule.self,
        SilentStakeholderRule.self,
        UnownedActivityRule.self,
        ProductWithoutAudienceRule.self,
        NoSuccessStandardRule.self,
        CadenceMismatchRule.self,
        CompleteOnlyOnPaperRule.self,
        UnappliedSharingRule.self,
    ]

    /// The rules that apply to maps with `framework`.
    public static func rules(for framework: Framework) -> [any GapRule] {
        MissingPhaseRule.family(for: framework) + fixedRules.map { $0.init() }
    }

    /// The descriptions of the rules that apply to maps with `framework`.
    public static func descriptions(for framework: Framework) -> [RuleDescription] {
        rules(for: framework).map(\.description)
    }

    /// Every rule for the default framework: what `docs/RULES.md` and SARIF metadata list.
    public static var all: [RuleDescription] { descriptions(for: .default) }

    /// The description with this slug or code, for the default framework or `framework`.
    public static func description(named name: String, framework: Framework = .default) -> RuleDescription? {
        descriptions(for: framework).first { ResolvedRuleSettings.name(name, matches: $0) }
    }

    /// `unknown rule 'no-brokr'; did you mean 'no-broker'?` when `name` is neither the slug nor the
    /// code of a rule for `framework` (or the default framework); nil when it names one. For
    /// checking rule names given on the command line.
    public static func unknownRuleMessage(_ name: String, framework: Framework = .default) -> String? {
        unknownRuleMessage(name, known: descriptions(for: framework) + all)
    }

    static func unknownRuleMessage(_ name: String, known: [RuleDescription]) -> String? {
        guard !known.contains(where: { ResolvedRuleSettings.name(name, matches: $0) }) else { return nil }
        let suggestions = Suggestions.closest(to: name, among: Set(known.flatMap { [$0.slug, $0.code] }).sorted())
        return "unknown rule '\(name)'" + (Suggestions.didYouMean(suggestions).map { "; \($0)" } ?? "")
    }
}
