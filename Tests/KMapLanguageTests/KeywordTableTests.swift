import PropertyBased
import Testing
@testable import KMapLanguage

/// The parser's keyword table answers as the grammar's dictionary does, from bytes.
@Suite struct KeywordTableTests {
    private func lookUp(_ text: String) -> (name: String, shape: AttributeShape)? {
        Array(text.utf8).withUnsafeBufferPointer { KeywordTable.attributes.keyword(spelledBy: $0) }
    }

    @Test func findsEveryAttributeKeywordWithItsShape() {
        for (keyword, shape) in AttributeGrammar.shapes {
            let found = lookUp(keyword)
            #expect(found?.name == keyword)
            #expect(found?.shape == shape, "\(keyword)")
        }
    }

    @Test(arguments: ["", "b", "bye", "By", "fr", "phasee", "hase", "rule", "ruless", "alternative", "generation", "every-"])
    func findsNothingForOtherWords(word: String) {
        #expect(lookUp(word) == nil)
    }

    @Test func agreesWithTheGrammarOnWordsMadeOfKeywordLetters() async {
        let letters = Array("abdefghilnoprstuvy-")
        await propertyCheck(count: 500, input: Gen.int(in: 0...(letters.count - 1)).array(of: 0...9)) { picks in
            let word = String(picks.map { letters[$0] })
            #expect(lookUp(word)?.shape == AttributeGrammar.shape(of: word), "\(word)")
        }
    }
}
