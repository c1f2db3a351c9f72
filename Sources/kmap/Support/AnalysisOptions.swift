import ArgumentParser
import KMapAnalysis
import KMapEvidence
import KMapLanguage
import KMapPipeline

/// Flags that configure the analysis, shared by `check`, `render`, `report` and `export`.
struct AnalysisOptions: ParsableArguments {
    @Option(name: .customLong("disable"), help: ArgumentHelp("Turn a rule off (slug or code); repeatable.", valueName: "rule"), completion: .ruleSlugs)
    var disabledRules: [String] = []

    @Option(name: .customLong("enable"), help: ArgumentHelp("Turn a rule on again (slug or code); repeatable.", valueName: "rule"), completion: .ruleSlugs)
    var enabledRules: [String] = []

    @Option(name: .customLong("severity"), help: ArgumentHelp("Override a rule's severity, e.g. open-loop=error; repeatable.", valueName: "rule=level"), completion: .severityOverrides)
    var severityOverrides: [String] = []

    @Option(help: ArgumentHelp("Project file to use instead of the nearest .kmap.yml above the map.", valueName: "path"), completion: .file(extensions: ["yml", "yaml"]))
    var config: String?

    @Flag(help: "Ignore .kmap.yml project files.")
    var noConfig = false

    @Flag(name: .customLong("as-is"), help: "Analyse the system as it runs today: leave out planned activities and their flows.")
    var asIs = false

    func validate() throws {
        for name in disabledRules + enabledRules { try Self.checkRuleName(name) }
        for override in severityOverrides { _ = try Self.parseSeverityOverride(override) }
        if config != nil && noConfig { throw ValidationError("--config and --no-config cannot be used together") }
    }

    /// The command-line layer of rule settings.
    func overrides() throws -> RuleOverrides {
        var severities: [String: Severity] = [:]
        for override in severityOverrides {
            let (rule, severity) = try Self.parseSeverityOverride(override)
            severities[rule] = severity
        }
        return RuleOverrides(disabled: disabledRules, enabled: enabledRules, severities: severities)
    }

    /// The project file for the map at `path` (`-` for standard input, which looks in the
    /// working directory): `--config`, or the nearest `.kmap.yml`; nil with `--no-config`.
    func projectFile(forMapAt path: String) -> ProjectFile? {
        if noConfig { return nil }
        return config.map(ProjectFile.path) ?? .nearest(to: path == "-" ? "." : path)
    }

    /// How the pipeline analyses the map at `path`: these settings, and its project file to read.
    func pipelineConfiguration(forMapAt path: String, failOn: FailOn?) throws -> PipelineConfiguration {
        PipelineConfiguration(
            analysis: AnalysisConfiguration(commandLine: try overrides(), failOn: failOn, asIs: asIs,
                                            additionalRules: EvidenceRules.descriptions),
            projectFile: projectFile(forMapAt: path))
    }

    /// The analysis configuration for several maps read with one project file (the versions of
    /// `diff` and `trend`, the studio's edits): the pipeline's reading of it, done once, here. A
    /// file that cannot be read stops the command, as for a single map
    /// (``MapReader/reportProjectProblems(_:in:options:includingWarnings:)``); its warnings come
    /// with the analyses (`VersionReader` prints them).
    func configuration(forMapAt path: String, failOn: FailOn?, options: InputOptions) throws -> AnalysisConfiguration {
        let configuration = try pipelineConfiguration(forMapAt: path, failOn: failOn).readingProjectFile()
        if let project = configuration.project {
            try MapReader.reportProjectProblems(project.diagnostics, in: project.source, options: options, includingWarnings: false)
        }
        return configuration
    }

    /// `unknown rule 'never-hel'; did you mean 'never-held'?` when `name` is neither the slug nor
    /// the code of a gap or evidence rule (a `missing-` name may be a custom framework's); nil
    /// when it names one.
    static func unknownRuleMessage(_ name: String) -> String? {
        let known = RuleRegistry.all + EvidenceRules.descriptions
        guard !known.contains(where: { $0.slug == name || $0.code == name.uppercased() }), !name.hasPrefix("missing-") else { return nil }
        let names = known.flatMap { [$0.slug, $0.code] }
        let hint = Suggestions.didYouMean(Suggestions.closest(to: name, among: names)).map { "; \($0)" } ?? ""
        return "unknown rule '\(name)'\(hint)"
    }

    private static func checkRuleName(_ name: String) throws {
        if let message = unknownRuleMessage(name) { throw ValidationError("\(message) (`kmap rules` lists them)") }
    }

    private static func parseSeverityOverride(_ text: String) throws -> (String, Severity) {
        let parts = text.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, let severity = Severity(rawValue: parts[1]) else {
            throw ValidationError("--severity takes rule=level with level error, warning or info; got '\(text)'")
        }
        try checkRuleName(parts[0])
        return (parts[0], severity)
    }
}

/// `--fail-on error|warning|info|never`, as `fail_on` in `.kmap.yml`.
extension FailOn: ExpressibleByArgument {}
