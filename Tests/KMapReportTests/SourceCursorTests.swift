import KMapLanguage
import Testing
@testable import KMapReport

/// The export's cursor gives every offset the line and column `SourceFile` gives it, whatever
/// order the offsets come in.
@Suite struct SourceCursorTests {
    private static let text = "map \"é\" {\r\n  goal \"日本 \u{1F600}\"\n}\n\n"
        + String(repeating: "activity a \"x\"\n", count: 20) + "e\u{0301}e\u{0301} \"tail\"" + String(repeating: "y", count: 300)

    @Test func offsetsInOrderGiveTheSourcesLocations() {
        let source = SourceFile(path: "m.kmap", text: Self.text)
        var cursor = SourceCursor(source)
        for offset in 0...source.bytes.count {
            #expect(cursor.location(of: offset) == source.location(of: offset), "offset \(offset)")
        }
    }

    @Test func offsetsOutOfOrderAndOutOfRangeGiveTheSourcesLocations() {
        let source = SourceFile(path: "m.kmap", text: Self.text)
        var cursor = SourceCursor(source)
        let count = source.bytes.count
        for offset in [count, 0, count / 2, 3, count - 1, 40, 41, 39, -5, count + 10, 12, 200, 14] {
            #expect(cursor.location(of: offset) == source.location(of: offset), "offset \(offset)")
        }
    }
}
