import Testing
@testable import KMapRender

@Suite("DisplayText")
struct DisplayTextTests {
    @Test("wraps at spaces within the width")
    func wrapsAtSpaces() {
        #expect(DisplayText.wrap("PDSA cycles in classrooms every week", width: 12)
            == ["PDSA cycles", "in", "classrooms", "every week"])
        #expect(DisplayText.wrap("short", width: 30) == ["short"])
    }

    @Test("cuts words longer than the width, such as CJK text")
    func cutsLongWords() {
        #expect(DisplayText.wrap("知识管理知识管理知识", width: 4)
            == ["知识管理", "知识管理", "知识"])
        #expect(DisplayText.wrap("ab abcdefgh", width: 3) == ["ab", "abc", "def", "gh"])
    }

    @Test("empty and blank text give one empty line")
    func emptyText() {
        #expect(DisplayText.wrap("", width: 10) == [""])
        #expect(DisplayText.wrap("   ", width: 10) == [""])
    }
}
