import KMapLanguage
import Testing

@Suite struct ASTWithoutRangesTests {
    @Test func layoutDoesNotMatterButContentDoes() {
        let compact = parseClean("map \"M\" {\n  rules {\n    disable a\n  }\n}\nwave w \"W\" {\n  generation g \"G\" every 2 weeks\n  g -> h\n}\n")
        let spread = parseClean("map   \"M\"   {\n\trules {\n disable   a\n}\n}\nwave w \"W\"{\n generation  g \"G\" every 2   weeks\ng->h\n }")
        #expect(compact != spread)
        #expect(compact.withoutRanges() == spread.withoutRanges())
        let changed = parseClean("map \"M\" {\n  rules {\n    disable b\n  }\n}\nwave w \"W\" {\n  generation g \"G\" every 2 weeks\n  g -> h\n}\n")
        #expect(changed.withoutRanges() != compact.withoutRanges())
    }
}
