import Foundation
import KMapAnalysis
import KMapLanguage
import KMapModel
@testable import KMapReport
import KMapTestSupport
import Testing

/// SARIF for several maps, as code scanning takes it: one run, one tool, stable fingerprints.
@Suite struct SARIFSeveralMapsTests {
    static func document(_ results: [AnalysisResult]) throws -> [String: Any] {
        let data = Data(SARIFReporter.report(results, toolVersion: "0.1.0").utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    static func onlyRun(_ results: [AnalysisResult]) throws -> [String: Any] {
        let runs = try #require(try document(results)["runs"] as? [[String: Any]])
        try #require(runs.count == 1)
        return runs[0]
    }

    static func results(of run: [String: Any]) throws -> [[String: Any]] {
        try #require(run["results"] as? [[String: Any]])
    }

    static func fingerprint(_ result: [String: Any]) -> String? {
        (result["partialFingerprints"] as? [String: String])?[SARIFFingerprints.key]
    }

    static func uri(_ result: [String: Any]) -> String? {
        let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        return (location?["artifactLocation"] as? [String: Any])?["uri"] as? String
    }

    @Test func severalMapsShareOneRunWithAStableAutomationID() throws {
        let maps = [CannedAnalysis.result(), try TestMaps.example("broken-everything.kmap")]
        let run = try Self.onlyRun(maps)
        #expect((run["automationDetails"] as? [String: Any])?["id"] as? String == SARIFReporter.automationID)
        let results = try Self.results(of: run)
        #expect(results.count == maps.reduce(0) { $0 + $1.findings.count + $1.suppressed.count })
        #expect(Set(results.compactMap(Self.uri)) == ["maps/store%20operations.kmap", "maps/broken-everything.kmap"])
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        #expect(rules.compactMap { $0["id"] as? String } == RuleRegistry.all.map(\.code))
        for rule in rules {
            let tags = (rule["properties"] as? [String: Any])?["tags"] as? [String]
            #expect(tags?.first == "knowledge-management")
            #expect((rule["defaultConfiguration"] as? [String: Any])?["level"] != nil)
            #expect((rule["help"] as? [String: Any])?["text"] != nil)
        }
    }

    @Test func fingerprintsSurviveLinesMovingAndDifferAcrossFiles() throws {
        let text = try String(contentsOf: TestMaps.root.appendingPathComponent("maps/broken-everything.kmap"), encoding: .utf8)
        let before = try Self.results(of: try Self.onlyRun([TestMaps.analyse(text, path: "a.kmap").analysis]))
        let moved = try Self.results(of: try Self.onlyRun([TestMaps.analyse("# moved down\n\n\n" + text, path: "a.kmap").analysis]))
        let elsewhere = try Self.results(of: try Self.onlyRun([TestMaps.analyse(text, path: "b.kmap").analysis]))
        let fingerprints = before.compactMap(Self.fingerprint)
        #expect(fingerprints.count == before.count)
        #expect(Set(fingerprints).count == fingerprints.count, "two results share a fingerprint")
        #expect(moved.compactMap(Self.fingerprint) == fingerprints)
        #expect(Set(elsewhere.compactMap(Self.fingerprint)).isDisjoint(with: fingerprints))
        let lines = { (results: [[String: Any]]) in results.compactMap { Self.region($0)?["startLine"] as? Int } }
        #expect(lines(moved) == lines(before).map { $0 + 3 })
    }

    @Test func aCodeTwoFrameworksGiveToDifferentRulesGetsHierarchicalIDs() throws {
        let run = try Self.onlyRun([try TestMaps.example("literacy-network.kmap"), try TestMaps.example("apqc-knowledge-flow.kmap")])
        let driver = try #require((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let ids = try #require(driver["rules"] as? [[String: Any]]).compactMap { $0["id"] as? String }
        #expect(Set(ids).count == ids.count)
        #expect(ids.contains { $0.contains("/missing-") })
        let rules = try #require(driver["rules"] as? [[String: Any]])
        for result in try Self.results(of: run) {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
    }

    @Test(.enabled(if: SARIFSchema.isAvailable, Comment(rawValue: SARIFSchema.missing)))
    func severalMapsValidateAgainstTheSchema() throws {
        let maps = [CannedAnalysis.result(), try TestMaps.example("apqc-knowledge-flow.kmap"), try TestMaps.example("literacy-network.kmap")]
        #expect(try SARIFSchema.validate(SARIFReporter.report(maps, toolVersion: "0.1.0")) == "")
    }

    static func region(_ result: [String: Any]) -> [String: Any]? {
        let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
        return location?["region"] as? [String: Any]
    }
}
