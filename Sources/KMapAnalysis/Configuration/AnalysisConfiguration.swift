import KMapLanguage
import KMapModel

/// One layer of rule settings: rules turned off, rules turned back on, severity overrides. Rules are
/// named by slug (`no-broker`) or code (`KM006`).
public struct RuleOverrides: Hashable, Sendable {
    public var disabled: [String]
    public var enabled: [String]
    public var severities: [String: Severity]

    public init(disabled: [String] = [], enabled: [String] = [], severities: [String: Severity] = [:]) {
        self.disabled = disabled
        self.enabled = enabled
        self.severities = severities
    }
}

/// How to analyse a map: the project file's settings and command-line overrides. The map's own
/// `rules { ... }` block sits between the two: project file, then map header, then command line,
/// each overriding the one before (within a layer, `enable` wins over `disable`).
public struct AnalysisConfiguration: Sendable {
    /// The `.kmap.yml` found for the map, if any.
    public var project: ProjectConfiguration?
    /// Overrides from the command line.
    public var commandLine: RuleOverrides
    /// When a run fails, from the command line; nil to use the project file's `fail_on`, or
    /// `error`.
    public var failOn: FailOn?
    /// Analyse the system as it runs today: planned activities, and the flows that touch them,
    /// are left out (`check --as-is`).
    public var asIs: Bool
    /// Rules of later stages (the evidence rules): a configuration that names them is not naming
    /// an unknown rule.
    public var additionalRules: [RuleDescription]

    public init(project: ProjectConfiguration? = nil, commandLine: RuleOverrides = RuleOverrides(), failOn: FailOn? = nil,
                asIs: Bool = false, additionalRules: [RuleDescription] = []) {
        self.project = project
        self.commandLine = commandLine
        self.failOn = failOn
        self.asIs = asIs
        self.additionalRules = additionalRules
    }

    /// The settings `rules` end up with for `map`: the project file, then the map's `rules`
    /// block, then the command line.
    public func settings(for rules: [RuleDescription], in map: KMap) -> ResolvedRuleSettings {
        let mapLayer = RuleOverrides(
            disabled: map.ruleSettings.disabled.keys.sorted(), enabled: map.ruleSettings.enabled.keys.sorted(),
            severities: map.ruleSettings.severities
        )
        return ResolvedRuleSettings(rules: rules, layers: [project?.overrides ?? RuleOverrides(), mapLayer, commandLine])
    }

    /// The severity at or above which findings fail a run, or `never`.
    public var failureThreshold: FailOn { failOn ?? project?.failOn ?? .error }
}

/// The settings every rule ends up with for one map, after all layers are applied.
public struct ResolvedRuleSettings: Sendable {
    public private(set) var enabled: Set<String> = []
    private(set) var severities: [String: Severity] = [:]

    /// Applies `layers` in order to `rules`; names match a rule's slug or (case-insensitively) its code.
    init(rules: [RuleDescription], layers: [RuleOverrides]) {
        enabled = Set(rules.map(\.slug))
        for layer in layers {
            for description in rules {
                if layer.disabled.contains(where: { Self.name($0, matches: description) }) { enabled.remove(description.slug) }
                if layer.enabled.contains(where: { Self.name($0, matches: description) }) { enabled.insert(description.slug) }
                for (name, severity) in layer.severities.sorted(by: { $0.key < $1.key })
                where Self.name(name, matches: description) {
                    severities[description.slug] = severity
                }
            }
        }
    }

    /// The configured severity of a rule, if overridden.
    public func severity(of slug: String) -> Severity? { severities[slug] }

    /// True when `name` is the rule's slug or code.
    static func name(_ name: String, matches description: RuleDescription) -> Bool {
        name == description.slug || name.uppercased() == description.code
    }
}
