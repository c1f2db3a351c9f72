import Foundation
import KMapTestSupport
import Testing

/// The TextMate grammar in `editors/` colours each part of a line as the language reads it.
@Suite struct GrammarTests {
    static let tokenizer = Result { try GrammarTokenizer(contentsOf: GoldenFile.repositoryRoot.appendingPathComponent("editors/kmap.tmLanguage.json")) }

    /// Each case: a line, a piece of it, and the innermost scope that piece must have.
    static let cases: [(line: String, piece: String, scope: String)] = [
        ("generation pdsa \"PDSA cycles\" by teachers every 2 weeks", "generation", "keyword.declaration.phase.kmap"),
        ("generation pdsa \"PDSA cycles\" by teachers every 2 weeks", "pdsa", "entity.name.function.kmap"),
        ("generation pdsa \"PDSA cycles\" by teachers every 2 weeks", "PDSA cycles", "string.quoted.double.kmap"),
        ("generation pdsa \"PDSA cycles\" by teachers every 2 weeks", "by", "keyword.other.attribute.kmap"),
        ("generation pdsa \"PDSA cycles\" by teachers every 2 weeks", "teachers", "variable.other.id.kmap"),
        ("generation pdsa \"PDSA cycles\" by teachers every 2 weeks", "2", "constant.numeric.kmap"),
        ("stakeholder coaches \"Coaches\" broker", "stakeholder", "keyword.declaration.kmap"),
        ("stakeholder coaches \"Coaches\" broker", "coaches", "entity.name.type.kmap"),
        ("stakeholder coaches \"Coaches\" broker", "broker", "storage.modifier.kmap"),
        ("pdsa -> huddle, brief : \"next\"", "->", "keyword.operator.flow.kmap"),
        ("pdsa -> huddle, brief : \"next\"", "huddle", "variable.other.id.kmap"),
        ("pdsa -> huddle, brief : \"next\"", ",", "punctuation.separator.comma.kmap"),
        ("a->b", "b", "variable.other.id.kmap"),
        ("a->b", "->", "keyword.operator.flow.kmap"),
        ("capture brief \"Say \\\"hi\\\" # not a comment\" # a comment", "\\\"", "constant.character.escape.kmap"),
        ("capture brief \"Say \\\"hi\\\" # not a comment\" # a comment", "# not", "string.quoted.double.kmap"),
        ("capture brief \"Say \\\"hi\\\" # not a comment\" # a comment", "a comment", "comment.line.number-sign.kmap"),
        ("capture brief \"Brief\" # kmap: ignore orphan-activity -- planned", "orphan-activity", "constant.other.rule.kmap"),
        ("capture brief \"Brief\" # kmap: ignore orphan-activity -- planned", "ignore", "keyword.other.directive.kmap"),
        ("    severity open-loop error", "error", "constant.language.kmap"),
        ("  rules {", "{", "punctuation.section.block.kmap"),
        ("  rules {", "rules", "keyword.other.attribute.kmap"),
        ("map \"Literacy 📚 network\" {", "network", "string.quoted.double.kmap"),
    ]

    @Test(arguments: cases.indices)
    func eachPieceHasItsScope(_ index: Int) throws {
        let (line, piece, scope) = Self.cases[index]
        let scopes = try Self.tokenizer.get().scopes(of: line)
        let start = (line as NSString).range(of: piece, options: .backwards).location
        try #require(start != NSNotFound)
        for offset in start..<(start + (piece as NSString).length) {
            #expect(scopes[offset].last == scope, "'\(piece)' in '\(line)' is \(scopes[offset])")
        }
    }

    @Test func everyLineOfTheExampleMapsIsColouredWithoutAnError() throws {
        let maps = try FileManager.default.contentsOfDirectory(atPath: GoldenFile.repositoryRoot.appendingPathComponent("maps").path).filter { $0.hasSuffix(".kmap") }
        #expect(maps.count >= 5)
        for name in maps {
            let text = try String(contentsOf: GoldenFile.repositoryRoot.appendingPathComponent("maps/\(name)"), encoding: .utf8)
            for line in text.split(separator: "\n") {
                let scopes = try Self.tokenizer.get().scopes(of: String(line))
                #expect(!scopes.contains { $0.contains { $0.hasPrefix("invalid") } }, "\(name): \(line)")
            }
        }
    }
}
