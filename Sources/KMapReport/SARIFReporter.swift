import Foundation
import KMapAnalysis
import KMapLanguage

/// The analysis as SARIF 2.1.0, for code-scanning tools: one run whose `tool.driver.rules` come
/// from the rule descriptions (id = code, name = slug), one result per finding (suppressed findings
/// carry an in-source suppression), and configuration problems as tool configuration
/// notifications. Columns count Unicode code points (`columnKind`), regions end exclusively.
public enum SARIFReporter {
    public static let schema = "https://json.schemastore.org/sarif-2.1.0.json"

    /// A SARIF document with one run for `result`.
    public static func report(_ result: AnalysisResult, toolVersion: String? = nil) -> String {
        report([result], toolVersion: toolVersion)
    }

    /// A SARIF document with one run per analysed map, in the order given.
    public static func report(_ results: [AnalysisResult], toolVersion: String? = nil) -> String {
        let document = JSON.object([
            ("$schema", .string(schema)), ("version", .string("2.1.0")),
            ("runs", .array(results.map { run(for: $0, toolVersion: toolVersion) })),
        ])
        return document.rendered() + "\n"
    }

    private static func run(for result: AnalysisResult, toolVersion: String?) -> JSON {
        let rules = RuleRegistry.descriptions(for: result.map.framework)
        let ruleIndex = Dictionary(rules.enumerated().map { ($1.code, $0) }, uniquingKeysWith: { first, _ in first })
        let locator = Locator(source: result.map.source)
        var driver: [(String, JSON)] = [("name", .string("kmap"))]
        if let toolVersion { driver.append(("version", .string(toolVersion))) }
        driver.append(("rules", .array(rules.map(rule))))
        let results = result.findings.map { finding(($0), suppressed: false, index: ruleIndex[$0.code], locator: locator) }
            + result.suppressed.map { finding(($0), suppressed: true, index: ruleIndex[$0.code], locator: locator) }
        let notifications = result.configurationDiagnostics.map { notification($0, locator: locator) }
            + result.projectDiagnostics.compactMap { diagnostic in
                result.projectSource.map { notification(diagnostic, locator: Locator(source: $0)) }
            }
        return JSON.object([
            ("tool", .object([("driver", .object(driver))])),
            ("invocations", .array([.object([
                ("executionSuccessful", .bool(true)),
                ("toolConfigurationNotifications", .array(notifications)),
            ])])),
            ("columnKind", .string("unicodeCodePoints")),
            ("results", .array(results)),
        ])
    }

    private static func rule(_ rule: RuleDescription) -> JSON {
        let techniques = rule.techniques.map { "`\($0)`" }.joined(separator: ", ")
        return .object([
            ("id", .string(rule.code)),
            ("name", .string(rule.slug)),
            ("shortDescription", .object([("text", .string(rule.summary))])),
            ("fullDescription", .object([("text", .string(rule.rationale))])),
            ("help", .object([("text", .string(rule.remedy)), ("markdown", .string("\(rule.remedy)\n\nTechniques: \(techniques)"))])),
            ("defaultConfiguration", .object([("level", .string(level(rule.defaultSeverity)))])),
            ("properties", .object([("techniques", .array(rule.techniques.map(JSON.string)))])),
        ])
    }

    private static func finding(_ finding: Finding, suppressed: Bool, index: Int?, locator: Locator) -> JSON {
        var members: [(String, JSON)] = [("ruleId", .string(finding.code))]
        if let index { members.append(("ruleIndex", .int(index))) }
        members += [
            ("level", .string(level(finding.severity))),
            ("message", .object([("text", .string(finding.message))])),
            ("locations", .array([locator.location(finding.range)])),
            ("partialFingerprints", .object([("kmapSubject/v1", .string("\(finding.code):\(finding.key)"))])),
        ]
        let related = finding.notes.enumerated().compactMap { index, note in
            note.range.map { locator.location($0, id: index, message: note.message) }
        }
        if !related.isEmpty { members.append(("relatedLocations", .array(related))) }
        if suppressed { members.append(("suppressions", .array([.object([("kind", .string("inSource"))])]))) }
        return .object(members)
    }

    private static func notification(_ diagnostic: Diagnostic, locator: Locator) -> JSON {
        .object([
            ("descriptor", .object([("id", .string(diagnostic.id.code))])),
            ("level", .string(level(diagnostic.severity))),
            ("message", .object([("text", .string(diagnostic.message))])),
            ("locations", .array([locator.location(diagnostic.range)])),
        ])
    }

    private static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// SARIF locations in one file: a percent-encoded URI and 1-based lines and code-point columns.
    private struct Locator {
        let source: SourceFile
        let uri: String

        init(source: SourceFile) {
            self.source = source
            uri = source.path.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? source.path
        }

        func location(_ range: SourceRange, id: Int? = nil, message: String? = nil) -> JSON {
            let (startLine, startColumn) = position(range.start)
            let (endLine, endColumn) = position(range.end)
            var members: [(String, JSON)] = []
            if let id { members.append(("id", .int(id))) }
            members.append(("physicalLocation", .object([
                ("artifactLocation", .object([("uri", .string(uri))])),
                ("region", .object([
                    ("startLine", .int(startLine)), ("startColumn", .int(startColumn)),
                    ("endLine", .int(endLine)), ("endColumn", .int(endColumn)),
                ])),
            ])))
            if let message { members.append(("message", .object([("text", .string(message))]))) }
            return .object(members)
        }

        private func position(_ offset: Int) -> (line: Int, column: Int) {
            let clamped = min(max(0, offset), source.bytes.count)
            let line = source.line(of: clamped)
            let start = source.lineStarts[line - 1]
            return (line, String(decoding: source.bytes[start..<clamped], as: UTF8.self).unicodeScalars.count + 1)
        }
    }
}
