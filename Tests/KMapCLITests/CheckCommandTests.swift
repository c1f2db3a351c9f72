import Foundation
import Testing

/// `kmap check` on the example maps: exit statuses, formats and configuration flags.
@Suite struct CheckCommandTests {
    @Test func healthyMapPassesWithStatusZero() throws {
        let outcome = try KMapProcess.run(["check", "maps/mature-system.kmap"])
        #expect(outcome.status == 0)
        #expect(outcome.stdout.contains("no findings"))
    }

    @Test func errorFindingsFailByDefaultAndNeverTurnsThatOff() throws {
        let failing = try KMapProcess.run(["check", "maps/broken-everything.kmap"])
        #expect(failing.status == 1)
        #expect(failing.stdout.contains("maps/broken-everything.kmap:"))
        #expect(failing.stdout.contains("help: "))
        let never = try KMapProcess.run(["check", "--fail-on", "never", "maps/broken-everything.kmap"])
        #expect(never.status == 0)
    }

    @Test func failOnWarningFailsAMapWithOnlyWarnings() throws {
        let lenient = try KMapProcess.run(["check", "maps/nhs-knowledge-service.kmap"])
        #expect(lenient.status == 0)
        let strict = try KMapProcess.run(["check", "--fail-on", "warning", "maps/nhs-knowledge-service.kmap"])
        #expect(strict.status == 1)
    }

    @Test func disablingARuleRemovesItsFindings() throws {
        let all = try KMapProcess.run(["check", "--fail-on", "never", "maps/broken-everything.kmap"])
        #expect(all.stdout.contains("[KM006 no-broker]"))
        let disabled = try KMapProcess.run(["check", "--fail-on", "never", "--disable", "no-broker", "maps/broken-everything.kmap"])
        #expect(!disabled.stdout.contains("no-broker]"))
    }

    @Test func severityOverrideChangesTheExitStatus() throws {
        let outcome = try KMapProcess.run(["check", "--severity", "broker-bottleneck=error", "--severity", "open-loop=error", "maps/nhs-knowledge-service.kmap"])
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("error[KM"))
    }

    @Test("text output longer than the output buffer arrives whole: every finding, then the summary")
    func longTextOutputIsComplete() throws {
        let map = FileManager.default.temporaryDirectory.appendingPathComponent("kmap-long-output-\(UUID().uuidString).kmap")
        defer { try? FileManager.default.removeItem(at: map) }
        #expect(try KMapProcess.run(["generate", "--activities", "6000", "--gap-share", "1", "--seed", "5", "-o", map.path]).status == 0)
        let text = try KMapProcess.run(["check", "--fail-on", "never", map.path, "maps/literacy-network.kmap"])
        let json = try KMapProcess.run(["check", "--format", "json", "--fail-on", "never", map.path, "maps/literacy-network.kmap"])
        let documents = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        let findingCount = documents.reduce(0) { $0 + (($1["findings"] as? [Any])?.count ?? 0) }
        #expect(text.stdout.utf8.count > 1 << 17)
        let headers = text.stdout.split(separator: "\n").filter { line in
            [": error[KM", ": warning[KM", ": info[KM"].contains { line.contains($0) }
        }
        #expect(headers.count == findingCount)
        // One summary line per map, then the total.
        #expect(text.stdout.components(separatedBy: "waves complete").count == 4)
        #expect(text.stdout.hasSuffix("\n"))
        #expect(!text.stdout.hasSuffix("\n\n"))
    }

    @Test func jsonOutputForSeveralMapsIsAnArray() throws {
        let outcome = try KMapProcess.run(["check", "--format", "json", "--fail-on", "never", "maps/mature-system.kmap", "maps/literacy-network.kmap"])
        #expect(outcome.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [Any]
        #expect(parsed?.count == 2)
    }

    @Test func sarifOutputHasOneRunForAllMaps() throws {
        let outcome = try KMapProcess.run(["check", "--format", "sarif", "--fail-on", "never", "maps/mature-system.kmap", "maps/literacy-network.kmap"])
        let parsed = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        #expect(parsed?["version"] as? String == "2.1.0")
        #expect((parsed?["runs"] as? [Any])?.count == 1)
    }

    @Test func oneInvalidMapAmongSeveralStillReportsTheOthers() throws {
        let folder = try KMapProcess.temporaryFolder()
        let bad = folder.appendingPathComponent("bad.kmap")
        try "generation pdsa \"unterminated\n".write(to: bad, atomically: true, encoding: .utf8)
        let outcome = try KMapProcess.run(["check", bad.path, "maps/mature-system.kmap"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("E004 unterminated-string"))
        #expect(outcome.stdout.contains("waves complete 4/4"))
    }

    @Test func rulesAndExplainDescribeEveryRule() throws {
        let rules = try KMapProcess.run(["rules"])
        #expect(rules.status == 0)
        #expect(rules.stdout.contains("no-broker"))
        let explain = try KMapProcess.run(["explain", "no-broker"])
        #expect(explain.status == 0)
        #expect(explain.stdout.contains("Why it matters"))
        let unknown = try KMapProcess.run(["explain", "no-brokers"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'no-broker'?"))
    }

    @Test func rulesAndExplainDescribeTheEvidenceRulesWithTheirLogs() throws {
        let rules = try KMapProcess.run(["rules"])
        #expect(rules.stdout.contains("KM016  never-held"))
        let explain = try KMapProcess.run(["explain", "km017"])
        #expect(explain.status == 0, "\(explain.stderr)")
        #expect(explain.stdout.hasPrefix("KM017 cadence-not-kept: Cadence not kept\n"))
        #expect(explain.stdout.contains("  with the log\n    date,activity,participants\n    2026-01-12,aar,staff\n"))
        let unknown = try KMapProcess.run(["explain", "never-hel"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains("did you mean 'never-held'?"))
    }
}
