import KMapLanguage
import KMapModel

/// The analysis stage: waves, gap rules, configuration and suppressions, stakeholder measures
/// (the broker measures are computed when first read).
public enum Analyzer {
    /// Analyses a resolved map.
    ///
    /// Rules run with their settings after the project file, the map's `rules` block and the
    /// command line are applied, in that order. Findings on a line with a matching
    /// `# kmap: ignore` comment move to ``AnalysisResult/suppressed``.
    public static func analyze(_ map: KMap, configuration: AnalysisConfiguration = .init()) -> AnalysisResult {
        let map = configuration.asIs && map.hasPlannedActivities ? map.asIs() : map
        let rules = RuleRegistry.rules(for: map.framework)
        let descriptions = rules.map(\.description)
        let settings = configuration.settings(for: descriptions, in: map)
        let context = AnalysisContext(map: map, enabledSlugs: settings.enabled)

        var findings: [Finding] = []
        for rule in rules where settings.enabled.contains(rule.description.slug) {
            let override = settings.severity(of: rule.description.slug)
            var found = rule.findings(in: context)
            if let override {
                for index in found.indices { found[index].severity = override }
            }
            findings += found
        }
        findings = Finding.inFileOrder(findings)

        var checker = ConfigurationChecker(map: map, rules: descriptions + configuration.additionalRules, settings: settings)
        let (kept, suppressed) = checker.applySuppressions(to: findings)
        checker.checkMapRules()
        let projectDiagnostics = configuration.project?.problems(for: map.framework, alsoKnowing: configuration.additionalRules) ?? []

        return AnalysisResult(
            map: map, waves: context.waves, findings: kept, suppressed: suppressed,
            engagement: EngagementMatrix(map: map),
            configurationDiagnostics: checker.diagnostics.sorted { ($0.range, $0.id.code) < ($1.range, $1.id.code) },
            projectDiagnostics: projectDiagnostics, projectSource: configuration.project?.source,
            configuration: configuration, failureThreshold: configuration.failureThreshold,
            summary: AnalysisSummary(waves: context.waves, findings: kept, suppressed: suppressed.count),
            deferredBrokers: DeferredBrokerAnalysis(map: map)
        )
    }
}
