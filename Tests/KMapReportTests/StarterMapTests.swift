import KMapLanguage
import KMapModel
import Testing
@testable import KMapReport

@Suite struct StarterMapTests {
    @Test(arguments: StarterMap.allCases)
    func resolvesWithoutAnyDiagnostic(template: StarterMap) {
        let (analysis, diagnostics) = TestMaps.analyse(template.text, path: "\(template.name).kmap")
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        #expect(!analysis.map.activities.isEmpty)
        #expect(analysis.configurationDiagnostics.isEmpty)
    }

    @Test(arguments: StarterMap.allCases)
    func isInCanonicalLayout(template: StarterMap) {
        let parsed = Parser.parse(SourceFile(path: "\(template.name).kmap", text: template.text))
        #expect(Formatter.format(parsed.file) == template.text)
    }

    @Test(arguments: StarterMap.allCases)
    func hasCompleteWavesAndNoFindings(template: StarterMap) {
        let analysis = TestMaps.analyse(template.text).analysis
        #expect(analysis.findings.isEmpty, "\(analysis.findings.map(\.message))")
        #expect(analysis.waves.allSatisfy { $0.isComplete })
    }

    @Test(arguments: StarterMap.allCases)
    func teachesTheLanguageInComments(template: StarterMap) {
        let comments = TestMaps.analyse(template.text).analysis.map.comments
        #expect(comments.count >= 5)
        #expect(template.text.hasPrefix("# "))
    }

    @Test func templatesCoverTheLanguage() {
        let all = StarterMap.allCases.map(\.text).joined()
        for construct in ["map ", "goal ", "standard ", "rules {", "stakeholder ", " broker", " external", " group ", "repository ",
                          " owner ", "wave ", " by ", " for ", " every ", " technique ", " routine ", " action ", " status planned",
                          "indicator ", "note ", " -> ", " : \""] {
            #expect(all.contains(construct), "no template shows '\(construct)'")
        }
        #expect(StarterMap(rawValue: "school-network") == .schoolNetwork)
    }
}
