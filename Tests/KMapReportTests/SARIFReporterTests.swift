import Foundation
import KMapAnalysis
import KMapLanguage
import KMapModel
@testable import KMapReport
import KMapTestSupport
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
        let map = MapCompiler.compile(source).map
        let report = SARIFReporter.report(Analyzer.analyze(map))
        #expect(report.contains("\"startColumn\": 35,"))
        #expect(report.contains("\"endColumn\": 44"))
    }

    @Test(.enabled(if: SARIFSchema.isAvailable, Comment(rawValue: SARIFSchema.missing)))
    func validatesAgainstTheOfficialSchema() throws {
        let errors = try SARIFSchema.validate(SARIFReporter.report(CannedAnalysis.result(), toolVersion: "0.1.0"))
        #expect(errors == "")
    }
}
