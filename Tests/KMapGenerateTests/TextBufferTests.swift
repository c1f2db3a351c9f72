import Testing
@testable import KMapGenerate

@Suite struct TextBufferTests {
    @Test func writesNumbersInDecimal() {
        var text = TextBuffer(reservingCapacity: 64)
        for number in [0, 7, 10, 99, 100, 1_000_000, Int.max] {
            text.write(number)
            text.write(" ")
        }
        #expect(text.text == "0 7 10 99 100 1000000 \(Int.max) ")
    }

    @Test func quotesAndEscapesStrings() {
        var text = TextBuffer(reservingCapacity: 64)
        text.writeQuoted(#"say "hi" \ café"#)
        #expect(text.text == #""say \"hi\" \\ café""#)
    }
}
