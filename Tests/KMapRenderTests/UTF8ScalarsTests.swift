import Testing
@testable import KMapRender

@Suite struct UTF8ScalarsTests {
    /// Runs `body` on the UTF-8 bytes of `text`.
    private func withBytes<T>(_ text: String, _ body: (UTF8Scalars.Bytes) -> T) -> T {
        var text = text
        return text.withUTF8 { body($0[...]) }
    }

    @Test func countsScalarsNotBytes() {
        #expect(withBytes("a é → 𝄞") { UTF8Scalars.count($0) } == 7)
        #expect(withBytes("") { UTF8Scalars.count($0) } == 0)
    }

    @Test func findsTheEndOfTheFirstScalars() {
        #expect(withBytes("éa→b") { UTF8Scalars.end(of: $0, after: 2) } == 3)
        #expect(withBytes("éa→b") { UTF8Scalars.end(of: $0, after: 3) } == 6)
        #expect(withBytes("éa") { UTF8Scalars.end(of: $0, after: 5) } == 3)
    }

    @Test func latinLettersAndArrowsAreCharactersOfTheirOwn() {
        #expect(withBytes("Équipe → café ŷ ʼ") { UTF8Scalars.areOwnCharacters($0, upTo: 100) })
        #expect(!withBytes("e\u{301}") { UTF8Scalars.areOwnCharacters($0, upTo: 100) })
        #expect(!withBytes("知识") { UTF8Scalars.areOwnCharacters($0, upTo: 100) })
        #expect(!withBytes("a\u{7F}") { UTF8Scalars.areOwnCharacters($0, upTo: 100) })
        #expect(withBytes("ab知识") { UTF8Scalars.areOwnCharacters($0, upTo: 2) }, "only the first scalars are looked at")
    }
}
