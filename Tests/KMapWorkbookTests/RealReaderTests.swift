import Foundation
import KMapLanguage
import KMapModel
import KMapTestSupport
import KMapWorkbook
import Testing

/// Workbooks edited by the spreadsheet programs people use: Python's openpyxl (reordered
/// columns, blank cells, new rows with numbers and dates typed as such) and LibreOffice saving
/// the file again. `make test-setup` installs both.
@Suite struct RealReaderTests {
    static let hasOpenpyxl = (try? ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import openpyxl"]).status) == 0
    static let soffice = ["/usr/bin/soffice", "/usr/local/bin/soffice"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// The example map exported as an xlsx file in a fresh folder.
    static func exported(_ name: String) throws -> (folder: URL, file: URL, source: SourceFile) {
        let source = try WorkbookRoundTripTests.original(name)
        let folder = try ChildProcess.temporaryFolder(prefix: "kmap-workbook")
        let file = folder.appendingPathComponent("map.xlsx")
        try XLSXWriter.data(of: MapSheets.workbook(of: Parser.parse(source).file)).write(to: file)
        return (folder, file, source)
    }

    /// Runs a Python script with openpyxl on `file` (its path is `sys.argv[1]`).
    static func openpyxl(_ script: String, on file: URL) throws {
        let outcome = try ChildProcess.run(URL(fileURLWithPath: "/usr/bin/env"), ["python3", "-c", "import sys, openpyxl\n" + script, file.path])
        try #require(outcome.status == 0, "\(outcome.stderr)")
    }

    static func reimported(_ file: URL) throws -> SourceFile {
        try WorkbookRoundTripTests.imported(try XLSXReader.workbook(from: Data(contentsOf: file)))
    }

    @Test(.enabled(if: hasOpenpyxl, "needs python3 with openpyxl"), arguments: ["literacy-network.kmap", "broken-everything.kmap"])
    func reorderedColumnsAndBlankCellsKeepTheAnalysis(_ name: String) throws {
        let (_, file, source) = try Self.exported(name)
        try Self.openpyxl("""
            book = openpyxl.load_workbook(sys.argv[1])
            for sheet in book.worksheets:
                rows = [list(row) for row in sheet.iter_rows(values_only=True)]
                sheet.delete_rows(1, sheet.max_row)
                for row in rows:
                    sheet.append([None if value in ("", None) else value for value in reversed(row)])
            book.save(sys.argv[1])
            """, on: file)
        #expect(WorkbookRoundTripTests.meaning(try Self.reimported(file)) == WorkbookRoundTripTests.meaning(source))
    }

    @Test(.enabled(if: hasOpenpyxl, "needs python3 with openpyxl"))
    func aNewRowWithANumberAndADateReadsAsTyped() throws {
        let (_, file, _) = try Self.exported("literacy-network.kmap")
        try Self.openpyxl("""
            import datetime
            book = openpyxl.load_workbook(sys.argv[1])
            sheet = book["activities"]
            header = [cell.value for cell in sheet[1]]
            row = [None] * len(header)
            row[header.index("id")] = "review"
            row[header.index("phase")] = "application"
            row[header.index("label")] = datetime.date(2026, 12, 3)
            row[header.index("indicator")] = 42
            sheet.append(row)
            sheet.cell(row=sheet.max_row, column=header.index("label") + 1).number_format = "yyyy-mm-dd"
            book.save(sys.argv[1])
            """, on: file)
        let source = try Self.reimported(file)
        let map = Resolver.resolve(Parser.parse(source), source: source).map
        let review = try #require(map.activities.first { $0.id == "review" }, "\(source.text)")
        #expect(review.label == "2026-12-03")
        #expect(review.indicators == ["42"])
    }

    @Test(.enabled(if: soffice != nil, "needs LibreOffice (apt libreoffice-calc-nogui)"), .timeLimit(.minutes(3)))
    func aWorkbookSavedAgainByLibreOfficeKeepsTheAnalysis() throws {
        let (folder, file, source) = try Self.exported("literacy-network.kmap")
        let output = folder.appendingPathComponent("resaved")
        let outcome = try ChildProcess.run(URL(fileURLWithPath: try #require(Self.soffice)), [
            "-env:UserInstallation=file://\(folder.path)/profile", "--headless", "--calc",
            "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", output.path, file.path,
        ], timeout: 170)
        let resaved = output.appendingPathComponent("map.xlsx")
        try #require(FileManager.default.fileExists(atPath: resaved.path), "\(outcome.stdout)\(outcome.stderr)")
        #expect(try Data(contentsOf: resaved) != Data(contentsOf: file))
        #expect(WorkbookRoundTripTests.meaning(try Self.reimported(resaved)) == WorkbookRoundTripTests.meaning(source))
    }
}
