import KMapAnalysis
@testable import KMapEvidence
import KMapLanguage
import KMapModel
import Testing

/// Evidence rules are configured like the gap rules, plus the `evidence:` settings.
@Suite struct EvidenceConfigurationTests {
    static let map = """
        stakeholder staff "Project staff"
        stakeholder leads "Team leads"
        generation aar "After-action review" by staff, leads every month
        sharing cop "Community of practice" by staff every quarter
        aar -> cop
        """
    static let log = "date,activity,participants\n2026-01-05,aar,staff\n2026-02-14,aar,staff\n"

    static func configuration(_ yaml: String) throws -> AnalysisConfiguration {
        AnalysisConfiguration(project: try ProjectConfiguration.parse(SourceFile(path: ".kmap.yml", text: yaml)),
                              additionalRules: EvidenceRules.descriptions)
    }

    static func findings(_ yaml: String) throws -> [String] {
        let map = compile(Self.map)
        return EvidenceCheck.check(map, evidence: read(log, against: map), configuration: try configuration(yaml))
            .findings.map { "\($0.slug) \($0.severity)" }
    }

    @Test func theDefaultsReportEveryRule() throws {
        // 40 days is more than a month and 25% (38 days).
        let found = try Self.findings("fail_on: error")
        #expect(found == ["unheard-in-practice warning", "cadence-not-kept warning", "absent-owner warning", "never-held warning"])
    }

    @Test func rulesAreDisabledAndRatedLikeGapRules() throws {
        let found = try Self.findings("disabled_rules: [never-held, KM017, unheard-in-practice]\nseverity:\n  absent-owner: error")
        #expect(found == ["absent-owner error"])
    }

    @Test func theToleranceIsConfigurable() throws {
        #expect(try Self.findings("evidence:\n  cadence_tolerance: 40%\n").contains("cadence-not-kept warning") == false)
        let settings = try Self.configuration("evidence:\n  not_acted_on_days: 90\n  cadence_tolerance: 0.1").project?.evidence
        #expect(settings == EvidenceSettings(notActedOnDays: 90, cadenceTolerance: 0.1))
    }

    @Test func badSettingsAreReportedInTheProjectFile() throws {
        let project = try #require(try Self.configuration("evidence:\n  not_acted_on_days: soon\n  windows: 3").project)
        #expect(project.diagnostics.map(\.message) == [
            "expected a whole number of days above 0",
            "unknown key 'windows' in evidence; expected not_acted_on_days or cadence_tolerance",
        ])
        #expect(project.evidence == EvidenceSettings())
    }

    @Test func namingAnEvidenceRuleIsNotNamingAnUnknownRule() throws {
        let map = compile(Self.map)
        let analysis = Analyzer.analyze(map, configuration: try Self.configuration("disabled_rules: [never-held, never-hld]"))
        #expect(analysis.projectDiagnostics.map(\.message) == ["unknown rule 'never-hld'; did you mean 'never-held'?"])
    }
}
