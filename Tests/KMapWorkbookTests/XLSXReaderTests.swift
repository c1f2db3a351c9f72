import Foundation
import KMapLanguage
import Testing
@testable import KMapWorkbook

/// The reader of `.xlsx` files on bytes that are not a sound workbook: each is a
/// ``WorkbookReadError``, never a crash.
@Suite struct XLSXReaderTests {
    /// A sound workbook of a small map, as `kmap export --format xlsx` writes it.
    private static func exported() throws -> [UInt8] {
        let source = SourceFile(path: "m.kmap", text: "stakeholder t \"Teachers\"\ngeneration g \"Idea\" by t\ncapture c \"Brief\" by t\ng -> c\n")
        return [UInt8](try XLSXWriter.data(of: MapSheets.workbook(of: Parser.parse(source).file)))
    }

    /// Where the end-of-central-directory record starts (its signature `PK\5\6`, searched from the end).
    private static func endRecord(in zip: [UInt8]) throws -> Int {
        try #require((0...(zip.count - 22)).reversed().first { zip[$0..<($0 + 4)] == [0x50, 0x4B, 0x05, 0x06] })
    }

    private static func setUInt32(_ value: Int, at offset: Int, in zip: inout [UInt8]) {
        for byte in 0..<4 { zip[offset + byte] = UInt8((value >> (8 * byte)) & 0xFF) }
    }

    @Test func aSoundWorkbookReadsTheSameFromBytesAndFromAFile() throws {
        let bytes = try Self.exported()
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("kmap-reader-test-\(UUID().uuidString).xlsx")
        try Data(bytes).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let fromFile = try XLSXReader.workbook(at: file)
        #expect(try XLSXReader.workbook(from: Data(bytes)) == fromFile)
        #expect(fromFile.sheets.map(\.name).contains("activities"))
    }

    @Test func notAZipIsAnErrorNotACrash() {
        #expect(throws: WorkbookReadError.self) { try XLSXReader.workbook(from: Data("id,label\n".utf8)) }
    }

    /// The fuzzer's find (`fuzz/regressions/KMapFuzzWorkbook/directory-entry-past-the-end.xlsx`):
    /// an end record that places the central directory past the end of the file trapped inside
    /// ZIPFoundation's in-memory archive.
    @Test func aDirectoryPastTheEndIsAnErrorNotACrash() throws {
        var zip = try Self.exported()
        Self.setUInt32(zip.count + 2_262, at: try Self.endRecord(in: zip) + 16, in: &zip)
        #expect(throws: WorkbookReadError.self) { try XLSXReader.workbook(from: Data(zip)) }
    }

    @Test func aLocalHeaderPastTheEndIsAnErrorNotACrash() throws {
        var zip = try Self.exported()
        let end = try Self.endRecord(in: zip)
        let directory = Int(zip[end + 16]) | Int(zip[end + 17]) << 8 | Int(zip[end + 18]) << 16 | Int(zip[end + 19]) << 24
        Self.setUInt32(zip.count + 100, at: directory + 42, in: &zip)
        #expect(throws: WorkbookReadError.self) { try XLSXReader.workbook(from: Data(zip)) }
    }

    /// The fuzzer's second find (`invalid-utf8-element-name.xlsx`): libxml2 handed an element
    /// name holding the byte FF to Foundation's XMLParser, which traps on it.
    @Test func aPartThatIsNotUTF8IsRefusedBeforeParsing() throws {
        let invalid = Data("<worksheet><".utf8) + Data([0xFF]) + Data("is/></worksheet>".utf8)
        #expect(throws: WorkbookReadError("'sheet.xml' is not UTF-8 text")) { try XMLNode.parse(invalid, part: "sheet.xml") }
        let utf16 = Data([0xFF, 0xFE]) + "<a>é</a>".data(using: .utf16LittleEndian)!
        #expect(try XMLNode.parse(utf16, part: "a.xml").text == "é")
    }
}
