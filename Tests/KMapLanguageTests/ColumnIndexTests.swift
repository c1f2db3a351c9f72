import KMapLanguage
import Testing

/// Columns on long lines come from checkpoints; they must equal counting characters from the
/// start of the line, whatever the characters.
@Suite struct ColumnIndexTests {
    /// The column as defined: characters from the start of the line, plus one.
    private func countedColumn(of offset: Int, in source: SourceFile) -> Int {
        let line = source.line(of: offset)
        return String(decoding: source.bytes[source.lineStarts[line - 1]..<offset], as: UTF8.self).count + 1
    }

    @Test(arguments: ["x", "é", "e\u{301}", "🇫🇷", "👩‍👩‍👧", "\t", "漢"])
    func longLineColumnsMatchCountingFromTheLineStart(_ unit: String) {
        let line = "generation a \"" + String(repeating: unit, count: 3_000) + "\" note \"n\""
        let source = SourceFile(path: "long.kmap", text: "# first\n" + line + "\nsharing b \"B\"\n")
        var offset = source.lineStarts[1]
        while offset < source.lineStarts[2] {
            let location = source.location(of: offset)
            #expect(location.line == 2)
            #expect(location.column == countedColumn(of: offset, in: source), "offset \(offset)")
            offset += 97
        }
        #expect(source.location(of: source.lineStarts[2]) == KMapLanguage.SourceLocation(line: 3, column: 1))
    }

    @Test func offsetAtTheEndOfALongLastLineCountsEveryCharacter() {
        let source = SourceFile(path: "long.kmap", text: String(repeating: "é", count: 5_000))
        #expect(source.location(of: source.bytes.count).column == 5_001)
    }

    @Test("short lines, ASCII or not, with CRLF or LF endings: every offset's column is its counted column")
    func shortLineColumnsMatchCountingFromTheLineStart() {
        let text = "map \"M\"\r\ngeneration a \"Café\" note \"e\u{301}\"\r\n\rsharing b \"B\"\n\n🇫🇷 x\r\n"
        let source = SourceFile(path: "short.kmap", text: text)
        for offset in 0...source.bytes.count where offset == source.bytes.count || source.bytes[offset] & 0xC0 != 0x80 {
            #expect(source.location(of: offset).column == countedColumn(of: offset, in: source), "offset \(offset)")
        }
    }
}
