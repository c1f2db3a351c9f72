import KMapLanguage
import KMapModel

/// Applies suppression comments and reports configuration problems in a map: unknown rules
/// (W003), suppressions that silenced nothing (W004) and suppressions without a reason (W005).
struct ConfigurationChecker {
    let map: KMap
    let rules: [RuleDescription]
    let settings: ResolvedRuleSettings
    private(set) var diagnostics: [Diagnostic] = []

    init(map: KMap, rules: [RuleDescription], settings: ResolvedRuleSettings) {
        self.map = map
        self.rules = rules
        self.settings = settings
    }

    /// Splits findings into kept and suppressed, and reports problems with the suppressions.
    mutating func applySuppressions(to findings: [Finding]) -> (kept: [Finding], suppressed: [Finding]) {
        let suppressions = Suppression.all(in: map)
        var byLine: [Int: [Int]] = [:]
        for (index, suppression) in suppressions.enumerated() { byLine[suppression.line, default: []].append(index) }
        var used = Set<RuleReference>()
        var kept: [Finding] = []
        var suppressed: [Finding] = []
        for finding in findings {
            let line = map.source.line(of: finding.range.start)
            let matching = (byLine[line] ?? []).flatMap { suppressions[$0].rules }.filter { reference in
                reference.name == finding.slug || reference.name.uppercased() == finding.code
            }
            if matching.isEmpty {
                kept.append(finding)
            } else {
                suppressed.append(finding)
                used.formUnion(matching)
            }
        }
        for suppression in suppressions {
            report(suppression, used: used)
        }
        return (kept, suppressed)
    }

    private mutating func report(_ suppression: Suppression, used: Set<RuleReference>) {
        if suppression.reason == nil {
            diagnostics.append(Diagnostic(
                .suppressionWithoutReason, .warning, at: suppression.range,
                "suppression has no reason; write why after '--': # kmap: ignore SLUG -- reason"
            ))
        }
        diagnostics += Self.unknownRules(suppression.rules, known: rules)
        for reference in suppression.rules where !used.contains(reference) {
            guard let rule = rules.first(where: { ResolvedRuleSettings.name(reference.name, matches: $0) }),
                  settings.enabled.contains(rule.slug) else { continue }
            diagnostics.append(Diagnostic(
                .unusedSuppression, .warning, at: reference.range,
                "suppression of '\(reference.name)' is unused: no \(rule.slug) finding points at this line"
            ))
        }
    }

    /// Reports rule names in the map's `rules` block that name no rule.
    mutating func checkMapRules() {
        let fallback = map.headerRange ?? .empty(at: 0)
        let settings = map.ruleSettings
        var references = (settings.disabled.merging(settings.enabled) { first, _ in first })
            .map { RuleReference(name: $0.key, range: $0.value) }
        references += settings.severities.keys.map { RuleReference(name: $0, range: fallback) }
        diagnostics += Self.unknownRules(references.sorted { ($0.range, $0.name) < ($1.range, $1.name) }, known: rules)
    }

    /// W003 for every reference that is neither a known slug nor a known code, with suggestions.
    static func unknownRules(_ references: [RuleReference], known: [RuleDescription]) -> [Diagnostic] {
        references.compactMap { reference in
            RuleRegistry.unknownRuleMessage(reference.name, known: known).map {
                Diagnostic(.unknownRule, .warning, at: reference.range, $0)
            }
        }
    }
}
