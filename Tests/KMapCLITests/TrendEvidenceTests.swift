import Foundation
import KMapTestSupport
import Testing

/// `kmap trend --evidence LOG --period ...`: the gallery's year of evidence for the NGO MEAL map
/// per period, in every format of `trend` and on its chart; goldens in `Golden/`.
@Suite struct TrendEvidenceTests {
    static let map = "maps/ngo-meal-system.kmap"
    static let log = "maps/ngo-meal-system.evidence.csv"

    private func golden(_ name: String) -> URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden/\(name)")
    }

    @Test(arguments: [("text", "txt", "month"), ("markdown", "md", "quarter"), ("csv", "csv", "month"), ("json", "json", "quarter")])
    func everyFormatCarriesTheEvidencePerPeriod(format: String, fileExtension: String, period: String) throws {
        let outcome = try KMapProcess.run(["trend", Self.map, "--evidence", Self.log, "--period", period, "--format", format])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr == "")
        GoldenFile.check(outcome.stdout, against: golden("trend-evidence-\(period).\(fileExtension)"))
    }

    @Test func theChartDrawsTheEvidencePanels() throws {
        let folder = try KMapProcess.temporaryFolder()
        let chart = folder.appendingPathComponent("trend.svg")
        let outcome = try KMapProcess.run(["trend", Self.map, "--evidence", Self.log, "--period", "month", "-o", chart.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let svg = try String(contentsOf: chart, encoding: .utf8)
        #expect(svg.contains(">Evidence per month</text>") && svg.contains(">Evidence findings per month</text>"))
        GoldenFile.check(svg, against: golden("trend-evidence-month.svg"))
    }

    @Test func fromAndToNarrowThePeriodsAndAYearIsOneRow() throws {
        let outcome = try KMapProcess.run(["trend", Self.map, "--evidence", Self.log, "--period", "year", "--from", "2026-07-01", "--format", "csv"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let evidence = outcome.stdout.components(separatedBy: "\r\n\r\n").last ?? ""
        let rows = evidence.split(separator: "\r\n")
        #expect(rows.count == 2)
        #expect(rows.last?.hasPrefix("2026,2026-07-01,2026-12-30,") == true)
    }

    @Test func aBadPeriodIsRefusedWithTheChoices() throws {
        let outcome = try KMapProcess.run(["trend", Self.map, "--evidence", Self.log, "--period", "week"])
        #expect(outcome.status != 0)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr.contains("The value 'week' is invalid for '--period <period>'. Please provide one of 'month', 'quarter' or 'year'."))
    }

    @Test func aPeriodWithoutALogIsRefused() throws {
        let outcome = try KMapProcess.run(["trend", Self.map, "--period", "month"])
        #expect(outcome.status != 0)
        #expect(outcome.stderr.contains("name a log with --evidence"))
    }

    @Test func aLogThatFailsToReadStopsWithItsDiagnosticsAtRowAndColumn() throws {
        let folder = try KMapProcess.temporaryFolder()
        let log = folder.appendingPathComponent("log.csv")
        try "date,activity,participants\n2026-03-01,pdm,field_staff\n2026-04-31,pdm,field_staff\n".write(to: log, atomically: true, encoding: .utf8)
        let chart = folder.appendingPathComponent("trend.svg")
        let outcome = try KMapProcess.run(["trend", Self.map, "--evidence", log.path, "-o", chart.path])
        #expect(outcome.status == 2)
        #expect(outcome.stdout == "")
        #expect(outcome.stderr.contains("log.csv:3:1: error[L004 bad-date]: '2026-04-31' is not a date"))
        #expect(!FileManager.default.fileExists(atPath: chart.path))
    }
}
