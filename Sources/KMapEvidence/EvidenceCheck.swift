import KMapAnalysis
import KMapLanguage
import KMapModel

/// The evidence rules, as data, in code order.
public enum EvidenceRules {
    public static let all: [any EvidenceRule.Type] = [
        NeverHeldRule.self,
        CadenceNotKeptRule.self,
        AbsentOwnerRule.self,
        UnheardInPracticeRule.self,
        NotActedOnRule.self,
        UndeclaredActivityRule.self,
    ]

    /// The descriptions of every evidence rule, in code order.
    public static var descriptions: [RuleDescription] { all.map { $0.description } }

    /// The evidence rule whose slug, or code in any case, is `name`.
    public static func rule(named name: String) -> (any EvidenceRule.Type)? {
        all.first { $0.description.slug == name || $0.description.code == name.uppercased() }
    }
}

/// What checking a map against its evidence produced.
public struct EvidenceResult: Sendable {
    public var context: EvidenceContext
    /// Findings after configuration, in file order.
    public var findings: [Finding]
}

/// Checks a resolved map against its evidence: runs every enabled evidence rule with the
/// severities the configuration sets (project file, then map header, then command line, as for
/// the gap rules) and the project file's evidence settings.
public enum EvidenceCheck {
    public static func check(_ map: KMap, evidence: Evidence, period: EvidencePeriod = EvidencePeriod(),
                             configuration: AnalysisConfiguration = AnalysisConfiguration()) -> EvidenceResult {
        let settings = configuration.settings(for: EvidenceRules.descriptions, in: map)
        let context = EvidenceContext(map: map, evidence: evidence, period: period,
                                      settings: configuration.project?.evidence ?? EvidenceSettings())
        var findings: [Finding] = []
        for rule in EvidenceRules.all where settings.enabled.contains(rule.description.slug) {
            let override = settings.severity(of: rule.description.slug)
            findings += rule.init().findings(in: context).map { finding in
                var finding = finding
                if let override { finding.severity = override }
                return finding
            }
        }
        return EvidenceResult(context: context, findings: findings.sorted(by: Finding.fileOrder))
    }

    /// `analysis` with the evidence findings: only them (`kmap evidence`), or added to the gap
    /// findings (`check --evidence`), with the summary counted again, for the reporters of
    /// `check`.
    public static func merged(_ analysis: AnalysisResult, with result: EvidenceResult, keepingGaps: Bool) -> AnalysisResult {
        var merged = analysis
        merged.findings = ((keepingGaps ? analysis.findings : []) + result.findings).sorted(by: Finding.fileOrder)
        merged.summary = AnalysisSummary(waves: analysis.waves, findings: merged.findings, suppressed: keepingGaps ? analysis.suppressed.count : 0)
        return merged
    }
}
