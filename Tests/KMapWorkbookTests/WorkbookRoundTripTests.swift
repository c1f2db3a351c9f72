import Foundation
import KMapAnalysis
import KMapLanguage
import KMapModel
import KMapWorkbook
import Testing

/// Every map in `maps/` goes out as a workbook (xlsx bytes, and a folder of CSV files) and comes
/// back with the same findings and the same declarations.
@Suite struct WorkbookRoundTripTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let maps = ((try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("maps").path)) ?? [])
        .filter { $0.hasSuffix(".kmap") }.sorted()

    static func original(_ name: String) throws -> SourceFile {
        SourceFile(path: name, text: try String(contentsOf: Self.root.appendingPathComponent("maps/\(name)"), encoding: .utf8))
    }

    /// What must survive: findings (code, subject, message) and each declaration's content.
    static func meaning(_ source: SourceFile) -> [String] {
        let compiled = Resolver.resolve(Parser.parse(source), source: source)
        let map = compiled.map
        let result = Analyzer.analyze(map, configuration: AnalysisConfiguration())
        let findings = result.findings.map { "\($0.rule.code) \($0.message)" }
        let stakeholders = map.stakeholders.map { "\($0.id) \($0.label) \($0.isBroker) \($0.isExternal) \($0.group) \(String(describing: $0.declaredVoice))" }
        let activities = map.activities.map {
            "\($0.id) \($0.label) \($0.phase) \($0.owners) \($0.audience) \($0.indicators) \($0.notes) \($0.status) \(String(describing: $0.wave))"
        }
        let flows = map.flows.map { "\(map.id(of: $0.from)) -> \(map.id(of: $0.to)) \($0.label ?? "")" }.sorted()
        let header = ["\(map.title ?? "") \(map.goal ?? "") \(map.standards) \(map.groupLabels.sorted { $0.key < $1.key })"]
        return header + findings.sorted() + stakeholders + activities + flows + map.waves.map { "\($0.id) \($0.label)" }
    }

    /// The workbook with blank cells at row ends dropped (a reader cannot tell them from none).
    private func trimmed(_ workbook: Workbook) -> Workbook {
        Workbook(sheets: workbook.sheets.map { sheet in
            Sheet(name: sheet.name, columns: sheet.columns, rows: sheet.rows.map { row in
                var cells = row.cells
                while cells.last == "" { cells.removeLast() }
                return Sheet.Row(number: row.number, cells: cells)
            })
        })
    }

    static func imported(_ workbook: Workbook) throws -> SourceFile {
        let result = SheetImport.importMap(workbook, title: "untitled")
        let text = try #require(result.mapText, "\(result.problems)")
        return SourceFile(path: "imported.kmap", text: text)
    }

    @Test(arguments: maps)
    func xlsxRoundTripKeepsTheMap(_ name: String) throws {
        let source = try Self.original(name)
        let workbook = MapSheets.workbook(of: Parser.parse(source).file)
        let read = try XLSXReader.workbook(from: XLSXWriter.data(of: workbook))
        #expect(trimmed(read) == trimmed(workbook))
        #expect(Self.meaning(try Self.imported(read)) == Self.meaning(source))
    }

    @Test(arguments: maps)
    func csvFolderRoundTripKeepsTheMap(_ name: String) throws {
        let source = try Self.original(name)
        let workbook = MapSheets.workbook(of: Parser.parse(source).file)
        let read = CSVFolder.workbook(from: CSVFolder.files(of: workbook))
        #expect(read.problems.isEmpty)
        #expect(Self.meaning(try Self.imported(read.workbook)) == Self.meaning(source))
    }

    @Test func aBadCellIsReportedAtItsPlace() {
        let activities = Sheet(name: "activities", columns: ["phase", "id", "label", "by"],
                               values: [["generation", "a", "A", "x -> y"]])
        let result = SheetImport.importMap(Workbook(sheets: [activities]), title: "t")
        #expect(result.mapText == nil)
        #expect(result.problems.map(\.description).contains { $0.hasPrefix("activities!D2 (by): error:") })
    }
}
