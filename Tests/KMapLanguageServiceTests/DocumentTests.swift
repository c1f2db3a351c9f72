import KMapLanguageService
import Testing

@Suite struct DocumentTests {
    @Test func positionsCountUTF16UnitsAndStopBeforeCRLF() {
        let index = PositionIndex(text: "é😀x\r\nab")
        #expect(index.offset(of: TextPosition(line: 0, character: 1)) == 2) // after é (2 bytes)
        #expect(index.offset(of: TextPosition(line: 0, character: 3)) == 6) // after 😀 (2 units, 4 bytes)
        #expect(index.offset(of: TextPosition(line: 0, character: 2)) == 2) // inside 😀: its start
        #expect(index.offset(of: TextPosition(line: 0, character: 99)) == 7) // end of line, before \r\n
        #expect(index.position(of: 9) == TextPosition(line: 1, character: 0))
        #expect(index.position(of: 7) == TextPosition(line: 0, character: 4))
        #expect(index.offset(of: TextPosition(line: 9, character: 0)) == 11)
    }

    @Test func incrementalChangesApplyInOrder() {
        let document = TextDocument(uri: "u", version: 1, text: "generation pdsa \"PDSA\"\ncapture brief \"Brief\"\n")
        let changed = document.applying([
            DocumentChange(range: TextRange(start: TextPosition(line: 0, character: 11), end: TextPosition(line: 0, character: 15)), text: "cycle"),
            DocumentChange(range: TextRange(start: TextPosition(line: 1, character: 0), end: TextPosition(line: 1, character: 0)), text: "# 😀\n"),
        ], version: 2)
        #expect(changed.text == "generation cycle \"PDSA\"\n# 😀\ncapture brief \"Brief\"\n")
        #expect(changed.version == 2)
        #expect(document.applying([DocumentChange(text: "all new")], version: 3).text == "all new")
    }

    @Test func aByteOrderMarkShiftsNothingButTheFirstLine() throws {
        let map = MarkedMap("\u{FEFF}stakeholder ⟨t⟩teachers \"Teachers\"\ngeneration pdsa \"PDSA\" by ⟨u⟩teachers\n")
        let document = map.checked()
        #expect(document.definition(at: map["u"])?.range.start == map["t"])
        #expect(document.hover(at: map["t"])?.markdown.contains("stakeholder `teachers`") == true)
    }

    @Test func multiByteTextBeforeAnIdKeepsRangesRight() {
        let map = MarkedMap("stakeholder teachers \"Lehrkräfte 👩‍🏫\"\ngeneration pdsa \"Zyklen 😀\" by ⟨u⟩teachers\npdsa -> ⟨p⟩pdsa\n")
        let references = map.checked().references(at: map["u"])
        #expect(references.map(\.range.start).contains(map["u"]))
        #expect(map.checked().definition(at: map["p"])?.range.start == TextPosition(line: 1, character: 11))
    }
}
