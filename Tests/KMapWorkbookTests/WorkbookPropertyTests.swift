import KMapGenerate
import KMapLanguage
import KMapWorkbook
import PropertyBased
import Testing

/// For any generated map (waves, branches, repositories, brokers and planted gaps): export as a
/// workbook, read back, import, and the model and findings are the original's; the same through
/// the folder of CSV files.
@Suite struct WorkbookPropertyTests {
    static func source(seed: UInt64, activities: Int) -> SourceFile {
        SourceFile(path: "generated.kmap", text: MapGenerator(activities: activities, seed: seed, gapShare: 0.5).generate())
    }

    @Test func anyGeneratedMapSurvivesTheXLSXWorkbook() async {
        await propertyCheck(count: 40, input: Gen.uint64(), Gen.int(in: 0...60)) { seed, activities in
            let source = Self.source(seed: seed, activities: activities)
            let workbook = MapSheets.workbook(of: Parser.parse(source).file)
            let read = try XLSXReader.workbook(from: XLSXWriter.data(of: workbook))
            let imported = try WorkbookRoundTripTests.imported(read)
            #expect(WorkbookRoundTripTests.meaning(imported) == WorkbookRoundTripTests.meaning(source),
                    "seed \(seed), \(activities) activities")
        }
    }

    @Test func anyGeneratedMapSurvivesTheCSVFolder() async {
        await propertyCheck(count: 40, input: Gen.uint64(), Gen.int(in: 0...60)) { seed, activities in
            let source = Self.source(seed: seed, activities: activities)
            let read = CSVFolder.workbook(from: CSVFolder.files(of: MapSheets.workbook(of: Parser.parse(source).file)))
            #expect(read.problems.isEmpty)
            let imported = try WorkbookRoundTripTests.imported(read.workbook)
            #expect(WorkbookRoundTripTests.meaning(imported) == WorkbookRoundTripTests.meaning(source),
                    "seed \(seed), \(activities) activities")
        }
    }
}
