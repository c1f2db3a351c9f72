import KMapLanguage
import Testing

@Suite struct SourceFileTests {
    @Test("ranges keep offsets up to 4 GiB - 1, clamp beyond, and never end before they start")
    func rangeOffsets() {
        let largest = SourceLoader.largestInput
        #expect(SourceRange(start: largest - 1, end: largest).end == largest)
        #expect(SourceRange(start: 3, end: largest + 10).end == largest)
        #expect(SourceRange(start: -2, end: 4) == SourceRange(start: 0, end: 4))
        #expect(SourceRange(start: 9, end: 4) == .empty(at: 9))
        #expect(SourceRange(start: 1, end: 5) < SourceRange(start: 1, end: 6))
        #expect(SourceRange(start: 1, end: 9) < SourceRange(start: 2, end: 3))
    }

    @Test("the text is decoded from the bytes, which drop a leading byte-order mark")
    func textAndBytes() {
        let source = SourceFile(path: "m.kmap", text: "\u{FEFF}map \"Café\"\nsharing a \"A\"\n")
        #expect(source.text == "map \"Café\"\nsharing a \"A\"\n")
        #expect(source.bytes == Array(source.text.utf8))
        #expect(source.lineStarts == [0, 12, 26])
        #expect(source.lineText(2) == "sharing a \"A\"")
    }

    @Test("a byte-order mark in loaded bytes is dropped; one further on is text")
    func byteOrderMarkInLoadedBytes() throws {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("map \"M\"\u{FEFF}".utf8)
        let source = try SourceLoader.decode(bytes: bytes, path: "m.kmap").get()
        #expect(source.text == "map \"M\"\u{FEFF}")
    }
}
