import Foundation
import KMapAnalysis
import KMapDiff

/// The JSON documents of `kmap trend --format json` and `kmap rules --format json`: plain
/// values encoded by Foundation's `JSONEncoder`, keys sorted so the same input gives the same bytes.
enum CommandJSON {
    /// One version of `kmap trend`: `label` is what the chart's axis shows for it.
    struct TrendVersion: Encodable {
        var version: String
        var label: String
        var date: String?
        var subject: String?
        var wavesComplete: Int
        var wavesTotal: Int
        var errors: Int
        var warnings: Int
        var info: Int
        var activitiesByPhase: [String: Int]
    }

    /// `{"title": ..., "phases": [...], "versions": [...], "evidence": {...}}`, oldest version
    /// first; `evidence` only with `--evidence`.
    struct TrendDocument: Encodable {
        var title: String?
        var phases: [String]
        var versions: [TrendVersion]
        var evidence: TrendEvidence?
    }

    /// One gap rule as `kmap explain` describes it.
    struct Rule: Encodable {
        var code: String
        var slug: String
        var name: String
        var severity: String
        var summary: String
        var rationale: String
        var remedy: String
        var scope: String
        var techniques: [String]
    }

    static func trend(_ trend: Trend) throws -> String {
        let versions = zip(trend.points, trend.axisLabels).map { point, label in
            TrendVersion(
                version: point.version, label: label, date: point.date, subject: point.subject,
                wavesComplete: point.completeWaves, wavesTotal: point.totalWaves, errors: point.errors,
                warnings: point.warnings, info: point.infos,
                activitiesByPhase: Dictionary(uniqueKeysWithValues: trend.phases.map { ($0, point.activitiesByPhase[$0] ?? 0) }))
        }
        return try encode(TrendDocument(title: trend.title, phases: trend.phases, versions: versions,
                                        evidence: trend.evidence.map(TrendEvidence.init)))
    }

    static func rules(_ rules: [RuleDescription]) throws -> String {
        try encode(rules.map { rule in
            Rule(code: rule.code, slug: rule.slug, name: rule.name, severity: rule.defaultSeverity.rawValue, summary: rule.summary,
                 rationale: rule.rationale, remedy: rule.remedy, scope: rule.scope, techniques: rule.techniques)
        })
    }

    private static func encode(_ value: some Encodable) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        return String(decoding: try encoder.encode(value), as: UTF8.self) + "\n"
    }
}
