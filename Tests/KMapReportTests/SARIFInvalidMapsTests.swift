import Foundation
import KMapAnalysis
import KMapLanguage
@testable import KMapReport
import KMapTestSupport
import Testing

/// SARIF for maps that do not parse: still one valid run, each error a result at its place, the
/// map named as not analysed.
@Suite struct SARIFInvalidMapsTests {
    /// The small map with an unterminated string on an added last line.
    static let brokenText = TestMaps.small + "\nrepository lost \"Lost and found\n"

    static func invalid(_ text: String = brokenText, path: String = "broken.kmap") -> InvalidMap {
        InvalidMap(source: SourceFile(path: path, text: text), diagnostics: TestMaps.analyse(text, path: path).diagnostics)
    }

    static func run(_ results: [AnalysisResult], invalid: [InvalidMap]) throws -> [String: Any] {
        let data = Data(SARIFReporter.report(results, invalid: invalid, toolVersion: "0.1.0").utf8)
        let document = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let runs = try #require(document["runs"] as? [[String: Any]])
        try #require(runs.count == 1)
        return runs[0]
    }

    @Test func eachErrorIsAResultAtItsPlace() throws {
        let map = Self.invalid()
        try #require(map.diagnostics.count == 1, "\(map.diagnostics)")
        let run = try Self.run([], invalid: [map])
        let results = try SARIFSeveralMapsTests.results(of: run)
        #expect(results.count == 1)
        let result = try #require(results.first)
        #expect(result["ruleId"] as? String == map.diagnostics[0].id.code)
        #expect(result["level"] as? String == "error")
        #expect(SARIFSeveralMapsTests.uri(result) == "broken.kmap")
        let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        let region = try #require(location?["region"] as? [String: Int])
        #expect(region["startLine"] == Self.brokenText.split(separator: "\n", omittingEmptySubsequences: false).count - 1)
        let rules = try #require(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["rules"] as? [[String: Any]])
        let index = try #require(result["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == map.diagnostics[0].id.code)
        #expect(rules[index]["name"] as? String == map.diagnostics[0].id.slug)
    }

    @Test func theMapIsNamedAsNotAnalysed() throws {
        let run = try Self.run([], invalid: [Self.invalid()])
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        let notifications = try #require(invocation["toolExecutionNotifications"] as? [[String: Any]])
        #expect(notifications.count == 1)
        #expect((notifications[0]["message"] as? [String: Any])?["text"] as? String == "broken.kmap was not analysed: 1 error")
    }

    @Test func aValidMapHasNoExecutionNotifications() throws {
        let run = try Self.run([CannedAnalysis.result()], invalid: [])
        let invocation = try #require((run["invocations"] as? [[String: Any]])?.first)
        #expect(invocation["toolExecutionNotifications"] == nil)
    }

    @Test func anErrorKeepsItsFingerprintWhenLinesMove() throws {
        let moved = Self.invalid("# A comment that moves every line down.\n" + Self.brokenText)
        let before = try SARIFSeveralMapsTests.results(of: try Self.run([], invalid: [Self.invalid()]))
        let after = try SARIFSeveralMapsTests.results(of: try Self.run([], invalid: [moved]))
        #expect(before.map(SARIFSeveralMapsTests.fingerprint) == after.map(SARIFSeveralMapsTests.fingerprint))
        #expect(before.first.flatMap(SARIFSeveralMapsTests.fingerprint) != nil)
    }

    @Test func validAndInvalidMapsShareOneRun() throws {
        let valid = try TestMaps.example("broken-everything.kmap")
        let results = try SARIFSeveralMapsTests.results(of: try Self.run([valid], invalid: [Self.invalid()]))
        #expect(results.count == valid.findings.count + valid.suppressed.count + 1)
        #expect(Set(results.compactMap(SARIFSeveralMapsTests.uri)) == ["maps/broken-everything.kmap", "broken.kmap"])
    }

    @Test(.enabled(if: SARIFSchema.isAvailable, Comment(rawValue: SARIFSchema.missing)))
    func theSARIFOfABrokenMapIsValid() throws {
        let valid = try TestMaps.example("broken-everything.kmap")
        #expect(try SARIFSchema.validate(SARIFReporter.report([valid], invalid: [Self.invalid()], toolVersion: "0.1.0")) == "")
    }

    @Test(.enabled(if: SARIFSchema.isAvailable, Comment(rawValue: SARIFSchema.missing)))
    func aFixItIsAValidSARIFFix() throws {
        let source = SourceFile(path: "typo.kmap", text: "activity a \"A\" phase genration\n")
        let range = SourceRange(start: 21, end: 30)
        let typo = Diagnostic(DiagnosticID(code: "E020", slug: "unknown-phase"), at: range, "'genration' is not a phase",
                              notes: [DiagnosticNote("phases are declared here", at: SourceRange(start: 0, end: 8))],
                              fixIt: FixIt("use 'generation'", replacing: range, with: "generation"))
        let report = SARIFReporter.report([], invalid: [InvalidMap(source: source, diagnostics: [typo])])
        #expect(try SARIFSchema.validate(report) == "")
        let result = try #require(try SARIFSeveralMapsTests.results(of: try Self.run([], invalid: [InvalidMap(source: source, diagnostics: [typo])])).first)
        let change = try #require(((result["fixes"] as? [[String: Any]])?.first?["artifactChanges"] as? [[String: Any]])?.first)
        let replacement = try #require((change["replacements"] as? [[String: Any]])?.first)
        #expect(replacement["deletedRegion"] as? [String: Int] == ["startLine": 1, "startColumn": 22, "endLine": 1, "endColumn": 31])
        #expect((replacement["insertedContent"] as? [String: Any])?["text"] as? String == "generation")
    }
}
