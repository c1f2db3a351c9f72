import Testing
@testable import KMapLanguage

/// A declaration is a value although its fields are shared between copies: changing a copy
/// leaves the original as it was, and equality and hashing read the fields.
@Suite struct EntityDeclTests {
    private func declaration(label: String = "Field survey") -> EntityDecl {
        let keyword = Identifier("generation", range: SourceRange(start: 0, end: 10))
        let id = Identifier("survey", range: SourceRange(start: 11, end: 17))
        let by = Attribute(keyword: Identifier("by", range: SourceRange(start: 33, end: 35)),
                           value: .names([Identifier("coaches", range: SourceRange(start: 36, end: 43))]),
                           range: SourceRange(start: 33, end: 43))
        return EntityDecl(kind: .activity, keyword: keyword, id: id, label: StringLiteral(label, range: SourceRange(start: 18, end: 32)),
                          inlineAttributes: [by], range: SourceRange(start: 0, end: 43))
    }

    @Test func changingACopyLeavesTheOriginalAsItWas() {
        let original = declaration()
        var copy = original
        copy.label = StringLiteral("Household survey", range: SourceRange(start: 18, end: 36))
        copy.inlineAttributes = []
        #expect(original.label?.value == "Field survey")
        #expect(original.inlineAttributes.count == 1)
        #expect(copy.label?.value == "Household survey")
        #expect(copy.attributes.isEmpty)
        #expect(copy.id == original.id)
        #expect(copy != original)
    }

    @Test func declarationsWithEqualFieldsAreEqualAndHashAlike() {
        let first = declaration()
        let second = declaration()
        #expect(first == second)
        #expect(first.hashValue == second.hashValue)
        #expect(Set([first, second]).count == 1)
        #expect(declaration(label: "Other") != first)
    }

    @Test func attributesAreReadInSourceOrderWithoutTheBlocksCommentsAndBlankLines() {
        var entity = declaration()
        let every = Attribute(keyword: Identifier("every", range: SourceRange(start: 50, end: 55)),
                              value: .cadence(CadenceSyntax(count: nil, unit: Identifier("week", range: SourceRange(start: 56, end: 60)),
                                                            range: SourceRange(start: 56, end: 60))),
                              range: SourceRange(start: 50, end: 60))
        entity.block = AttributeBlock(items: [.comment(Comment(" weekly", range: SourceRange(start: 46, end: 54))), .blankLine, .attribute(every)],
                                      range: SourceRange(start: 44, end: 62))
        #expect(entity.attributes.map(\.keyword.name) == ["by", "every"])
        #expect(Array(entity.attributeSequence).map(\.keyword.name) == ["by", "every"])
    }
}
