import KMapModel
import Testing

@Suite struct KnowledgeProductTests {
    @Test(arguments: ["Policy brief to the county", "Quarterly REPORTS", "Monthly newsletter", "County fact sheet",
                      "Case studies for donors", "Video: how we tested it", "Guidance note"])
    func labelsThatNameAProduct(label: String) {
        #expect(KnowledgeProduct.isNamed(in: label))
    }

    @Test(arguments: ["Staff meeting share-out", "Briefing meeting", "Reporting session", "Network convening",
                      "Case conference", "Réunion d'équipe", ""])
    func labelsThatNameNoProduct(label: String) {
        #expect(!KnowledgeProduct.isNamed(in: label))
    }
}
