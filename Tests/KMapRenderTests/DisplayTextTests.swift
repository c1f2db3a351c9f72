import Testing
@testable import KMapRender

@Suite("DisplayText")
struct DisplayTextTests {
    @Test("line breaks and tabs become spaces, other control characters go, the rest stays")
    func clean() {
        #expect(DisplayText.clean("a\nb\r\nc\td") == "a b  c d")
        #expect(DisplayText.clean("x\u{0}\u{1}\u{7}\u{1B}[31m\u{7F}y") == "x[31my")
        #expect(DisplayText.clean("\u{FFFE}ok\u{FFFF}") == "ok")
        let kept = "مرحبا 知识 🧠👩🏽‍🏫 \u{202E}abc é"
        #expect(DisplayText.clean(kept) == kept)
    }

    @Test("wraps at spaces within the width")
    func wrapsAtSpaces() {
        #expect(DisplayText.wrap("PDSA cycles in classrooms every week", width: 12) == ["PDSA cycles", "in", "classrooms", "every week"])
        #expect(DisplayText.wrap("short", width: 30) == ["short"])
    }

    @Test("cuts words longer than the width, such as CJK text")
    func cutsLongWords() {
        #expect(DisplayText.wrap("知识管理知识管理知识", width: 4) == ["知识管理", "知识管理", "知识"])
        #expect(DisplayText.wrap("ab abcdefgh", width: 3) == ["ab", "abc", "def", "gh"])
    }

    @Test("empty and blank text give one empty line")
    func emptyText() {
        #expect(DisplayText.wrap("", width: 10) == [""])
        #expect(DisplayText.wrap("   ", width: 10) == [""])
    }
}
