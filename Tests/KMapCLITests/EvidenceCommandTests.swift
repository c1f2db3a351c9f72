import Foundation
import KMapTestSupport
import Testing

/// `kmap evidence` and `check --evidence` on the gallery's year of evidence for the NGO MEAL map,
/// whose expected findings are `maps/ngo-meal-system.evidence-findings.txt`.
@Suite struct EvidenceCommandTests {
    static let map = "maps/ngo-meal-system.kmap"
    static let log = "maps/ngo-meal-system.evidence.csv"
    static let year = ["--from", "2026-01-01", "--to", "2026-12-31"]

    @Test func theGalleryYearGivesItsExpectedFindings() throws {
        let outcome = try KMapProcess.run(["evidence", Self.map, Self.log] + Self.year)
        #expect(outcome.status == 1, "\(outcome.stderr)")
        #expect(outcome.stderr == "")
        GoldenFile.check(outcome.stdout, against: KMapProcess.repositoryRoot.appendingPathComponent("maps/ngo-meal-system.evidence-findings.txt"))
    }

    @Test func checkWithEvidenceAddsTheEvidenceFindingsToTheGaps() throws {
        let gaps = try KMapProcess.run(["check", Self.map, "--format", "json", "--fail-on", "never"])
        let both = try KMapProcess.run(["check", Self.map, "--evidence", Self.log, "--format", "json", "--fail-on", "never"])
        #expect(both.status == 0, "\(both.stderr)")
        func codes(_ text: String) throws -> [String] {
            let document = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            return ((document["findings"] as? [[String: Any]]) ?? []).compactMap { $0["code"] as? String }
        }
        let gapCodes = try codes(gaps.stdout)
        let allCodes = try codes(both.stdout)
        #expect(!gapCodes.isEmpty)
        #expect(allCodes.filter { !gapCodes.contains($0) }.sorted() == ["KM016", "KM017", "KM018", "KM019", "KM020", "KM020", "KM020", "KM021"])
    }

    @Test func theJSONCarriesTheIndicators() throws {
        let outcome = try KMapProcess.run(["evidence", Self.map, Self.log, "--format", "json", "--fail-on", "never"] + Self.year)
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let evidence = try #require(document["evidence"] as? [String: Any])
        #expect(evidence["from"] as? String == "2026-01-01")
        #expect(evidence["occurrences"] as? Int == 165)
        #expect(evidence["lessons"] as? [String: Int] == ["due": 9, "actedOn": 6, "windowDays": 180])
    }

    @Test(.enabled(if: SARIFSchema.isAvailable, Comment(rawValue: SARIFSchema.missing)))
    func theSARIFIsValidAndNamesTheEvidenceRules() throws {
        let outcome = try KMapProcess.run(["evidence", Self.map, Self.log, "--format", "sarif"])
        #expect(try SARIFSchema.validate(outcome.stdout) == "")
        for code in ["KM016", "KM017", "KM018", "KM019", "KM020", "KM021"] { #expect(outcome.stdout.contains("\"id\" : \"\(code)\"") || outcome.stdout.contains("\"id\": \"\(code)\""), "\(code)") }
    }

    @Test func aBadLogStopsWithItsDiagnosticsAndStatus2() throws {
        let folder = try KMapProcess.temporaryFolder()
        let log = folder.appendingPathComponent("log.csv")
        try "date,activity,participants\n2026-13-01,pdm,field_staf\n".write(to: log, atomically: true, encoding: .utf8)
        let outcome = try KMapProcess.run(["evidence", Self.map, log.path])
        #expect(outcome.status == 2)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr.contains("log.csv:2:1: error[L004 bad-date]: '2026-13-01' is not a date"))
        #expect(outcome.stderr.contains("log.csv:2:16: error[L005 unknown-participant]: 'field_staf' is not a stakeholder of the map; did you mean 'field_staff'?"))
    }

    @Test func reportWithEvidenceAddsTheSectionAndWritesTheTimelineBesideMarkdown() throws {
        let folder = try KMapProcess.temporaryFolder()
        let html = folder.appendingPathComponent("r.html")
        let markdown = folder.appendingPathComponent("r.md")
        let asHTML = try KMapProcess.run(["report", Self.map, "--evidence", Self.log, "-o", html.path] + Self.year)
        #expect(asHTML.status == 0, "\(asHTML.stderr)")
        let page = try String(contentsOf: html, encoding: .utf8)
        #expect(page.contains("<section id=\"evidence\">") && page.contains("class=\"evidence-timeline\""))
        let asMarkdown = try KMapProcess.run(["report", Self.map, "--evidence", Self.log, "-o", markdown.path] + Self.year)
        #expect(asMarkdown.status == 0, "\(asMarkdown.stderr)")
        #expect(try String(contentsOf: markdown, encoding: .utf8).contains("![Evidence timeline](r-timeline.svg)"))
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("r-timeline.svg").path))
    }

    @Test func reportWithABadLogStopsWithStatus2AndWritesNothing() throws {
        let folder = try KMapProcess.temporaryFolder()
        let log = folder.appendingPathComponent("log.csv")
        try "date,activity,participants\n2026-13-01,pdm,field_staff\n".write(to: log, atomically: true, encoding: .utf8)
        let outcome = try KMapProcess.run(["report", Self.map, "--evidence", log.path, "-o", folder.appendingPathComponent("r.html").path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("error[L004 bad-date]"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("r.html").path))
    }

    @Test func anUnknownRuleOnTheCommandLineSuggestsEvidenceRules() throws {
        let outcome = try KMapProcess.run(["evidence", Self.map, Self.log, "--disable", "never-hel"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("did you mean 'never-held'?"))
        let disabled = try KMapProcess.run(["evidence", Self.map, Self.log, "--disable", "KM021", "--fail-on", "error"] + Self.year)
        #expect(disabled.status == 0, "\(disabled.stderr)")
        #expect(!disabled.stdout.contains("KM021"))
    }
}
