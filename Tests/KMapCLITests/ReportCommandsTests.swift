import Foundation
import Testing

/// `kmap report`, `export`, `import` and `init` as a user runs them: files written, inputs
/// protected, nothing overwritten by surprise.
@Suite struct ReportCommandsTests {
    @Test func reportWritesASelfContainedHTMLFile() throws {
        let folder = try KMapProcess.temporaryFolder()
        let output = folder.appendingPathComponent("report.html")
        let outcome = try KMapProcess.run(["report", "maps/literacy-network.kmap", "-o", output.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let html = try String(contentsOf: output, encoding: .utf8)
        #expect(html.contains("<svg"))
        #expect(html.contains("Literacy improvement network"))
        #expect(!html.contains("<script"))
    }

    @Test func markdownReportWritesBothDiagramsBesideIt() throws {
        let folder = try KMapProcess.temporaryFolder()
        let output = folder.appendingPathComponent("report.md")
        let outcome = try KMapProcess.run(["report", "maps/nhs-knowledge-service.kmap", "-o", output.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files == ["report-stakeholders.svg", "report.md", "report.svg"])
        let markdown = try String(contentsOf: output, encoding: .utf8)
        #expect(markdown.contains("](report.svg)") && markdown.contains("](report-stakeholders.svg)"))
    }

    @Test func reportRefusesToOverwriteItsInput() throws {
        let folder = try KMapProcess.temporaryFolder()
        let map = folder.appendingPathComponent("map.kmap")
        let text = try String(contentsOf: KMapProcess.repositoryRoot.appendingPathComponent("maps/mature-system.kmap"), encoding: .utf8)
        try text.write(to: map, atomically: true, encoding: .utf8)
        let outcome = try KMapProcess.run(["export", map.path, "--format", "json", "-o", map.path])
        #expect(outcome.status == 2)
        #expect(try String(contentsOf: map, encoding: .utf8) == text)
    }

    @Test func exportThenImportGivesAMapWithTheSameActivities() throws {
        let folder = try KMapProcess.temporaryFolder()
        let csv = folder.appendingPathComponent("activities.csv")
        let imported = folder.appendingPathComponent("imported.kmap")
        #expect(try KMapProcess.run(["export", "maps/mature-system.kmap", "--format", "csv", "-o", csv.path]).status == 0)
        let importing = try KMapProcess.run(["import", csv.path, "-o", imported.path])
        #expect(importing.status == 0, "\(importing.stderr)")
        let again = folder.appendingPathComponent("again.csv")
        #expect(try KMapProcess.run(["export", imported.path, "--format", "csv", "-o", again.path]).status == 0)
        #expect(try Data(contentsOf: csv) == Data(contentsOf: again))
    }

    @Test func importNeverOverwritesWithoutForce() throws {
        let folder = try KMapProcess.temporaryFolder()
        let csv = folder.appendingPathComponent("activities.csv")
        let existing = folder.appendingPathComponent("existing.kmap")
        try "# keep me\n".write(to: existing, atomically: true, encoding: .utf8)
        #expect(try KMapProcess.run(["export", "maps/mature-system.kmap", "--format", "csv", "-o", csv.path]).status == 0)
        let refused = try KMapProcess.run(["import", csv.path, "-o", existing.path])
        #expect(refused.status == 2)
        #expect(try String(contentsOf: existing, encoding: .utf8) == "# keep me\n")
        let forced = try KMapProcess.run(["import", csv.path, "-o", existing.path, "--force"])
        #expect(forced.status == 0)
        #expect(try String(contentsOf: existing, encoding: .utf8) != "# keep me\n")
    }

    @Test func importReportsBadRowsWithTheirNumbers() throws {
        let folder = try KMapProcess.temporaryFolder()
        let csv = folder.appendingPathComponent("bad.csv")
        try "id,phase,label\npdsa,generation,PDSA cycles\nhuddle,consolidaton,Huddle\n".write(to: csv, atomically: true, encoding: .utf8)
        let outcome = try KMapProcess.run(["import", csv.path, "-o", folder.appendingPathComponent("out.kmap").path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("row 3"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.kmap").path))
    }

    @Test(arguments: ["blank", "school-network", "development-programme", "engineering-org"])
    func initWritesAStarterMapThatChecksCleanAndAStarterLog(template: String) throws {
        let folder = try KMapProcess.temporaryFolder()
        let file = folder.appendingPathComponent("\(template).kmap")
        #expect(try KMapProcess.run(["init", "--template", template, file.path]).status == 0)
        let check = try KMapProcess.run(["check", "--fail-on", "warning", file.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let before = try Data(contentsOf: file)
        let again = try KMapProcess.run(["init", "--template", "blank", file.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("already exists; kmap init never overwrites a file"))
        #expect(try Data(contentsOf: file) == before)
        let log = folder.appendingPathComponent("\(template).evidence.csv")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == [log.lastPathComponent, file.lastPathComponent])
        let evidence = try KMapProcess.run(["evidence", "--fail-on", "error", file.path, log.path])
        #expect(evidence.status == 0, "\(evidence.stdout)\(evidence.stderr)")
        #expect(evidence.stdout.contains("Indicators from 2026-01-05 to "))
    }

    /// `rules --format json`: every rule, in the registry's order, with what `explain` shows.
    @Test func rulesAsJSON() throws {
        let outcome = try KMapProcess.run(["rules", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let rules = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        let table = try KMapProcess.run(["rules", "--format", "markdown"]).stdout.split(separator: "\n").dropFirst(2)
        #expect(rules.map { $0["code"] as? String } == table.map { $0.split(separator: " ")[1].description })
        #expect(rules.first?["code"] as? String == "KM101")
        for rule in rules {
            for key in ["code", "slug", "name", "severity", "summary", "rationale", "remedy", "scope"] {
                #expect(rule[key] is String, "\(rule["code"] ?? "?") has no \(key)")
            }
            #expect(rule["techniques"] is [String])
        }
    }

    /// `trend --format json`: one object per version, oldest first, with the chart's label.
    @Test func trendAsJSON() throws {
        let outcome = try KMapProcess.run(["trend", "maps/regional-health-2025.kmap", "maps/regional-health-2026.kmap", "--format", "json"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let versions = try #require(document["versions"] as? [[String: Any]])
        #expect(versions.map { $0["version"] as? String } == ["maps/regional-health-2025.kmap", "maps/regional-health-2026.kmap"])
        #expect(versions.map { $0["label"] as? String } == versions.map { $0["version"] as? String })
        #expect(document["phases"] as? [String] == ["generation", "consolidation", "capture", "sharing", "application"])
        let first = versions[0]
        #expect(first["waves_total"] as? Int == 6 && first["waves_complete"] as? Int == 5 && first["warnings"] as? Int == 3)
        #expect((first["activities_by_phase"] as? [String: Int])?["generation"] == 8)
    }
}
