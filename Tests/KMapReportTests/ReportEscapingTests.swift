import Mustache
import PropertyBased
import Testing
@testable import KMapReport

/// The report's escaping writes what swift-mustache's HTML escaping writes, byte by byte, and
/// also escapes a special character that a combining mark follows.
@Suite struct ReportEscapingTests {
    private static let alphabet: [Character] = ["&", "<", ">", "\"", "'", "a", "Z", " ", "é", "日", "\u{1F600}", "\n", "=", "/", ";", "#"]

    @Test func escapesAsSwiftMustacheDoes() async throws {
        let template = try MustacheTemplate(string: "{{text}}")
        await propertyCheck(count: 500, input: Gen.int(in: 0...(Self.alphabet.count - 1)).array(of: 0...40)) { picks in
            let text = String(picks.map { Self.alphabet[$0] })
            let expected = template.render(["text": text])
            #expect(Array(ReportEscaping.escaped(text).utf8) == Array(expected.utf8), "\(text.debugDescription)")
        }
    }

    @Test func textWithoutSpecialCharactersIsReturnedAsIs() {
        #expect(ReportEscaping.escaped("plain text, 日本") == "plain text, 日本")
        #expect(ReportEscaping.escaped("") == "")
    }

    @Test func aQuoteFollowedByACombiningMarkIsEscapedToo() {
        #expect(ReportEscaping.escaped("\"\u{0301} onclick=x") == "&quot;\u{0301} onclick=x")
        #expect(ReportEscaping.escaped("<\u{0338}b>") == "&lt;\u{0338}b&gt;")
    }
}
