import Foundation
import KMapLanguage
import Testing
import KMapText

@Suite struct DiagnosticJSONTests {
    @Test func encodesTheSyntaxErrorsOfABrokenMap() {
        let source = SourceFile(path: "maps/broken.kmap", text: DiagnosticRendererTests.brokenMap)
        Golden.check(DiagnosticJSON.encode(Parser.parse(source).diagnostics, in: source), named: "broken.json")
    }

    @Test func outputIsValidJSONWithStableFields() throws {
        let source = SourceFile(path: "q\"uote.kmap", text: "stakeholder a \"A\" techniqe x\n")
        let json = DiagnosticJSON.encode(Parser.parse(source).diagnostics, in: source)
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]]
        let first = try #require(decoded?.first)
        #expect(Set(first.keys) == ["code", "slug", "severity", "path", "range", "message", "notes", "fixIt"])
        #expect(first["code"] as? String == "E008")
        #expect(first["path"] as? String == "q\"uote.kmap")
        let start = (first["range"] as? [String: Any])?["start"] as? [String: Int]
        #expect(start == ["line": 1, "column": 19, "offset": 18])
        #expect((first["fixIt"] as? [String: Any])?["replacement"] as? String == "technique")
    }

    @Test func emptyListsAndEscapes() {
        #expect(DiagnosticJSON.encode([], in: SourceFile(path: "x", text: "")) == "[]\n")
        #expect(JSONText.quoted("a\"\\\n\u{1}é") == #""a\"\\\n\u0001é""#)
    }
}
