import Foundation
import KMapAnalysis
import KMapLanguage

/// The analysis of one map or many as SARIF 2.1.0, for code-scanning tools: ONE run for all the
/// files (code scanning rejects several runs of one tool in an upload), with a stable
/// `automationDetails.id`; `tool.driver.rules` from the rule descriptions (id = code, name = slug,
/// descriptions, help, tags and default level); one result per finding with its file's artifact
/// location and a line-independent fingerprint (suppressed findings carry an in-source
/// suppression); configuration problems as tool configuration notifications; maps that do not
/// parse or resolve as results of their diagnostics (see ``InvalidMap``). Columns count
/// Unicode code points (`columnKind`), regions end exclusively.
public enum SARIFReporter {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"
    /// The run's `automationDetails.id`: one category for every `kmap check` upload.
    public static let automationID = "kmap/check/"

    /// A SARIF document with one run for `result`.
    public static func report(_ result: AnalysisResult, toolVersion: String? = nil) -> String {
        report([result], toolVersion: toolVersion)
    }

    /// A SARIF document with one run covering every analysed map, results in the order given,
    /// then the diagnostics of the `invalid` maps.
    public static func report(_ results: [AnalysisResult], invalid: [InvalidMap] = [], toolVersion: String? = nil) -> String {
        let document = JSON.object([
            ("$schema", .string(schema)), ("version", .string("2.1.0")),
            ("runs", .array([run(for: results, invalid: SARIFInvalidMaps(invalid), toolVersion: toolVersion)])),
        ])
        return document.rendered() + "\n"
    }

    private static func run(for results: [AnalysisResult], invalid: SARIFInvalidMaps, toolVersion: String?) -> JSON {
        let rules = SARIFRules(frameworks: [.default] + results.map(\.map.framework), findings: results.flatMap { $0.findings + $0.suppressed })
        var driver: [(String, JSON)] = [("name", .string("kmap"))]
        if let toolVersion { driver.append(("version", .string(toolVersion))) }
        driver.append(("rules", .array(rules.descriptors.map { rule($0.description, id: $0.id) } + invalid.rules)))
        var fingerprints = SARIFFingerprints()
        var findings: [JSON] = []
        var notifications: [JSON] = []
        for result in results {
            let locator = SARIFLocator(source: result.map.source)
            for (finding, suppressed) in result.findings.map({ ($0, false) }) + result.suppressed.map({ ($0, true) }) {
                let fingerprint = fingerprints.next(for: finding, path: result.map.source.path)
                findings.append(self.finding(finding, suppressed: suppressed, rule: rules.reference(for: finding.description),
                                             fingerprint: fingerprint, locator: locator))
            }
            notifications += result.configurationDiagnostics.map { notification($0, locator: locator) }
            if let projectSource = result.projectSource {
                notifications += result.projectDiagnostics.map { notification($0, locator: SARIFLocator(source: projectSource)) }
            }
        }
        findings += invalid.results(firstRuleIndex: rules.descriptors.count)
        var invocation: [(String, JSON)] = [
            ("executionSuccessful", .bool(true)),
            ("toolConfigurationNotifications", .array(notifications)),
        ]
        let notAnalysed = invalid.notifications
        if !notAnalysed.isEmpty { invocation.append(("toolExecutionNotifications", .array(notAnalysed))) }
        return JSON.object([
            ("tool", .object([("driver", .object(driver))])),
            ("automationDetails", .object([("id", .string(automationID))])),
            ("invocations", .array([.object(invocation)])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(findings)),
        ])
    }

    private static func rule(_ rule: RuleDescription, id: String) -> JSON {
        let techniques = rule.techniques.map { "`\($0)`" }.joined(separator: ", ")
        return .object([
            ("id", .string(id)),
            ("name", .string(rule.slug)),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.rationale))])),
            ("help", .object([("text", .string(rule.remedy)), ("markdown", .string("\(rule.remedy)\n\nTechniques: \(techniques)"))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.defaultSeverity)))])),
            ("properties", .object([
                ("tags", .array((["knowledge-management"] + rule.techniques).map(JSON.string))),
                ("techniques", .array(rule.techniques.map(JSON.string))),
            ])),
        ])
    }

    private static func finding(
        _ finding: Finding, suppressed: Bool, rule: (id: String, index: Int)?, fingerprint: String, locator: SARIFLocator
    ) -> JSON {
        var members = result(ruleID: rule?.id ?? finding.code, ruleIndex: rule?.index, severity: finding.severity,
                             message: finding.message, range: finding.range, notes: finding.notes,
                             fingerprint: fingerprint, locator: locator)
        if suppressed { members.append(("suppressions", .array([.object([("kind", .string("inSource"))])]))) }
        return .object(members)
    }

    /// The members every result has: rule, level, message, location, fingerprint, and the notes
    /// that point somewhere as related locations.
    static func result(
        ruleID: String, ruleIndex: Int?, severity: Severity, message: String, range: SourceRange, notes: [DiagnosticNote],
        fingerprint: String, locator: SARIFLocator
    ) -> [(String, JSON)] {
        var members: [(String, JSON)] = [("ruleId", .string(ruleID))]
        if let ruleIndex { members.append(("ruleIndex", .int(ruleIndex))) }
        members += [
            ("level", .string(level(severity))),
            ("message", .object([("text", .string(message))])),
            ("locations", .array([locator.location(range)])),
            ("partialFingerprints", .object([(SARIFFingerprints.key, .string(fingerprint))])),
        ]
        let related = notes.enumerated().compactMap { index, note in
            note.range.map { locator.location($0, id: index, message: note.message) }
        }
        if !related.isEmpty { members.append(("relatedLocations", .array(related))) }
        return members
    }

    private static func notification(_ diagnostic: Diagnostic, locator: SARIFLocator) -> JSON {
        .object([
            ("descriptor", .object([("id", .string(diagnostic.id.code))])),
            ("level", .string(level(diagnostic.severity))),
            ("message", .object([("text", .string(diagnostic.message))])),
            ("locations", .array([locator.location(diagnostic.range)])),
        ])
    }

    /// The SARIF `level` of a severity.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }
}
