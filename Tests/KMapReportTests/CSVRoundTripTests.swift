import Foundation
import KMapModel
import Testing
@testable import KMapReport
import KMapText

/// Import then export gives back the same table; export then import then export too.
@Suite struct CSVRoundTripTests {
    private func reexport(_ csv: String, sourceLocation: SourceLocation = #_sourceLocation) -> String? {
        let result = CSVImport.importMap(csv: csv, title: "Round trip", source: "table.csv")
        guard let text = result.mapText else {
            Issue.record("import failed: \(result.problems)", sourceLocation: sourceLocation)
            return nil
        }
        let (analysis, diagnostics) = TestMaps.analyse(text)
        #expect(diagnostics.isEmpty, "\(diagnostics)", sourceLocation: sourceLocation)
        return CSVExport.encode(analysis.map)
    }

    @Test(arguments: try FileManager.default.contentsOfDirectory(atPath: TestMaps.root.appendingPathComponent("maps").path)
        .filter { $0.hasSuffix(".kmap") }.sorted())
    func exampleMapsSurviveExportImportExport(name: String) throws {
        let csv = CSVExport.encode(try TestMaps.example(name).map)
        #expect(reexport(csv) == csv)
    }

    @Test func generatedTablesSurviveImportExport() {
        for seed in 1...150 {
            var generator = SeededGenerator(seed: UInt64(seed))
            let csv = GeneratedTable.csv(using: &generator)
            let again = reexport(csv)
            #expect(again == csv, "seed \(seed):\n\(csv)")
            if again != csv { break }
        }
    }
}

/// Random activity tables in the canonical form export writes.
enum GeneratedTable {
    static let labelPieces = ["Data huddle", "=SUM(A1)", "+ plus", "-minus", "@mention", "'quoted'", "comma, here",
                              "say \"hi\"", "back\\slash", "café ☕", "<b>bold</b>", "pipe | bar", " padded ", "tab\tin"]
    static let customPhases = ["create", "identify", "review", "share", "use"]

    static func csv(using generator: inout SeededGenerator) -> String {
        let activityCount = Int.random(in: 1...12, using: &generator)
        // A map's own framework has at least two phases, each used by some activity.
        let custom = activityCount >= 2 && Bool.random(using: &generator)
        let phases = custom ? Array(customPhases.prefix(Int.random(in: 2...min(5, activityCount), using: &generator))) : Framework.defaultPhases
        let repositoryCount = Int.random(in: 0...3, using: &generator)
        let ids = (0..<activityCount).map { "a\($0)" } + (0..<repositoryCount).map { "r\($0)" }
        let people = ["s_team", "s_lead", "s-ops", "s_x"]
        func pick(_ pool: [String], upTo limit: Int) -> [String] {
            Array(pool.shuffled(using: &generator).prefix(Int.random(in: 0...limit, using: &generator)))
        }
        var usedPhases: [String] = []
        var rows: [[String]] = []
        for (index, id) in ids.enumerated() {
            let next = pick(ids.filter { $0 != id }, upTo: 3).joined(separator: ", ")
            let label = (0..<Int.random(in: 1...2, using: &generator)).map { _ in labelPieces.randomElement(using: &generator) ?? "x" }.joined()
            guard index < activityCount else {
                rows.append([id, ActivityTable.repositoryPhase, label, pick(people, upTo: 1).joined(), "", "", "", "", "", "", next])
                continue
            }
            // The first rows use a custom framework's phases in order, so the import declares them alike.
            let phase = custom && usedPhases.count < phases.count ? phases[usedPhases.count] : phases.randomElement(using: &generator) ?? "use"
            if !usedPhases.contains(phase) { usedPhases.append(phase) }
            let cadence = Bool.random(using: &generator) ? "" : Cadence(
                count: Int.random(in: 1...4, using: &generator), unit: Cadence.Unit.allCases.randomElement(using: &generator) ?? .week
            ).syntax
            let technique = Bool.random(using: &generator) ? "" : TechniqueCatalog.all.randomElement(using: &generator)?.slug ?? ""
            let routine = (custom || phase == "consolidation") && Bool.random(using: &generator)
                ? Routine.allCases.randomElement(using: &generator)?.rawValue ?? "" : ""
            let action = (custom || phase == "application") && Bool.random(using: &generator)
                ? ApplicationAction.allCases.randomElement(using: &generator)?.rawValue ?? "" : ""
            rows.append([
                id, phase, label, pick(people, upTo: 2).joined(separator: ", "), pick(people, upTo: 2).joined(separator: ", "),
                cadence, technique, ActivityStatus.allCases.randomElement(using: &generator)?.rawValue ?? "existing",
                routine, action, next,
            ])
        }
        let header = ActivityTable.Column.allCases.map(\.rawValue).joined(separator: ",")
        return CSVExport.byteOrderMark + ([header] + rows.map(CSVText.line)).joined(separator: "\r\n") + "\r\n"
    }
}
