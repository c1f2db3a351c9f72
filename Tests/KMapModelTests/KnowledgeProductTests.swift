import PropertyBased
import Testing
@testable import KMapModel

@Suite struct KnowledgeProductTests {
    @Test(arguments: ["Policy brief to the county", "Quarterly REPORTS", "Monthly newsletter", "County fact sheet",
                      "Case studies for donors", "Video: how we tested it", "Guidance note", "briefs", "Policy-memo"])
    func labelsThatNameAProduct(label: String) {
        #expect(KnowledgeProduct.isNamed(in: label))
    }

    @Test(arguments: ["Staff meeting share-out", "Briefing meeting", "Reporting session", "Network convening",
                      "Case conference", "Réunion d'équipe", "", "s", "Fact checking sheet", "abcdefghijklmnopqbrief",
                      "factsheetsfactsheets"])
    func labelsThatNameNoProduct(label: String) {
        #expect(!KnowledgeProduct.isNamed(in: label))
    }

    /// The words are read in place, as the words a label splits into would be read one by one.
    @Test func agreesWithReadingTheLabelWordByWord() async {
        let pieces = ["brief", "Reports", "case", "STUDIES", "study", "fact", "sheet", "policy", "memo", "s", "note",
                      "x", " ", "-", "é", "2", "publications", "infographics", "abcdefghijklmnopq", "casebooks"]
        await propertyCheck(count: 500, input: Gen.int(in: 0...(pieces.count - 1)).array(of: 0...8)) { picks in
            let label = picks.map { pieces[$0] }.joined()
            #expect(KnowledgeProduct.isNamed(in: label) == Self.namesByWords(label), "\(label.debugDescription)")
        }
    }

    /// The label split into lowercase words of ASCII letters, each looked up whole.
    private static func namesByWords(_ label: String) -> Bool {
        let words = label.lowercased().split { !("a"..."z").contains($0) }.map(String.init)
        for (index, word) in words.enumerated() {
            if KnowledgeProduct.words.contains(word) || (word.hasSuffix("s") && KnowledgeProduct.words.contains(String(word.dropLast()))) {
                return true
            }
            if index + 1 < words.count, KnowledgeProduct.phrases.contains(where: { $0 == (word, words[index + 1]) }) { return true }
        }
        return false
    }
}
