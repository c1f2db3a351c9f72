import KMapAnalysis
import KMapLanguage
import Testing

@Suite struct ConfigurationTests {
    /// One open loop (line 8) and one cadence mismatch (line 9), after `header`.
    static func map(header: String = "") -> String {
        """
        \(header.isEmpty ? "map \"Config\" {\n  standard \"Used twice\"\n}" : header)
        stakeholder teachers "Classroom teachers"
        generation pdsa "PDSA cycles" by teachers every week
        consolidation huddle "Data huddle" by teachers every year
        capture brief "Change brief" by teachers for teachers
        sharing cop "Community of practice" by teachers for teachers
        application adopt "Adopt the routine" by teachers
        pdsa -> huddle -> brief -> cop -> adopt
        """
    }

    static func header(_ rules: String) -> String {
        "map \"Config\" {\n  standard \"Used twice\"\n  rules {\n\(rules)\n  }\n}"
    }

    @Test func byDefaultEveryRuleRuns() {
        #expect(analyze(Self.map()).slugs.sorted() == ["cadence-mismatch", "open-loop"])
    }

    @Test func theMapHeaderDisablesRulesAndChangesSeverities() {
        let result = analyze(Self.map(header: Self.header("    disable cadence-mismatch\n    severity open-loop error")))
        #expect(result.slugs == ["open-loop"])
        #expect(result.findings.first?.severity == .error)
        #expect(result.configurationDiagnostics.isEmpty)
    }

    @Test func rulesMayBeNamedByCode() {
        let result = analyze(Self.map(header: Self.header("    disable KM013\n    severity KM001 info")))
        #expect(result.slugs == ["open-loop"])
        #expect(result.findings.first?.severity == .info)
    }

    @Test func unknownRuleNamesInTheHeaderAreReportedWithSuggestions() throws {
        let text = Self.map(header: Self.header("    disable cadence-mismatc"))
        let result = analyze(text)
        let diagnostic = try #require(result.configurationDiagnostics.first)
        #expect(diagnostic.id == .unknownRule)
        #expect(diagnostic.severity == .warning)
        #expect(diagnostic.message == "unknown rule 'cadence-mismatc'; did you mean 'cadence-mismatch'?")
        #expect(result.map.source.text(in: diagnostic.range) == "cadence-mismatc")
    }

    @Test func laterLayersOverrideEarlierOnes() throws {
        let project = try ProjectConfiguration.parse(SourceFile(path: ".kmap.yml", text: "disabled_rules: [open-loop, cadence-mismatch]\n"))
        let text = Self.map(header: Self.header("    enable open-loop"))
        #expect(analyze(text, configuration: AnalysisConfiguration(project: project)).slugs == ["open-loop"])
        let commandLine = RuleOverrides(disabled: ["open-loop"], severities: ["KM013": .error])
        #expect(analyze(Self.map(), configuration: AnalysisConfiguration(project: nil, commandLine: commandLine))
            .findings.map { "\($0.slug) \($0.severity)" } == ["cadence-mismatch error"])
    }

    @Test func aConfiguredSeverityReplacesARulesOwnChoice() {
        let text = "stakeholder t \"T\"\ngeneration g \"G\" by t\napplication a \"A\"\ng -> a"
        #expect(analyze(text).findings.first { $0.slug == "unowned-activity" }?.severity == .error)
        let configuration = AnalysisConfiguration(commandLine: RuleOverrides(severities: ["unowned-activity": .info]))
        #expect(analyze(text, configuration: configuration).findings.first { $0.slug == "unowned-activity" }?.severity == .info)
    }

    @Test func theFailureThresholdComesFromTheCommandLineThenTheProjectFile() throws {
        let project = try ProjectConfiguration.parse(SourceFile(path: ".kmap.yml", text: "fail_on: info\n"))
        #expect(AnalysisConfiguration().failureThreshold == .error)
        #expect(AnalysisConfiguration(project: project).failureThreshold == .info)
        #expect(AnalysisConfiguration(project: project, failOn: .warning).failureThreshold == .warning)
        #expect(!analyze(Self.map()).fails)
        #expect(analyze(Self.map(), configuration: AnalysisConfiguration(project: project)).fails)
    }

    @Test func neverInTheProjectFileOrOnTheCommandLineNeverFails() throws {
        let never = try ProjectConfiguration.parse(SourceFile(path: ".kmap.yml", text: "fail_on: never\n"))
        let strict = try ProjectConfiguration.parse(SourceFile(path: ".kmap.yml", text: "fail_on: info\n"))
        #expect(never.diagnostics.isEmpty)
        #expect(never.failOn == .never)
        #expect(!analyze(Self.map(), configuration: AnalysisConfiguration(project: never)).fails)
        #expect(!analyze(Self.map(), configuration: AnalysisConfiguration(project: strict, failOn: .never)).fails)
        #expect(analyze(Self.map(), configuration: AnalysisConfiguration(project: never, failOn: .info)).fails)
    }

    @Test func unknownRulesInTheProjectFileAreReportedAgainstIt() throws {
        let source = SourceFile(path: ".kmap.yml", text: "disabled_rules:\n  - no-brokr\n  - missing-sharing\n")
        let project = try ProjectConfiguration.parse(source)
        let result = analyze(Self.map(), configuration: AnalysisConfiguration(project: project))
        #expect(result.projectDiagnostics.map(\.message) == ["unknown rule 'no-brokr'; did you mean 'no-broker'?"])
        #expect(source.text(in: result.projectDiagnostics[0].range) == "no-brokr")
    }
}
