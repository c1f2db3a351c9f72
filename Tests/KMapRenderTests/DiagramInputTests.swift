import Testing
import KMapAnalysis
import KMapModel
import KMapRender

@Suite("DiagramInput")
struct DiagramInputTests {
    @Test("waves come from the analysis: declared activities first, then the path")
    func waves() throws {
        let map = try ExampleMaps.map("literacy-network")
        let analysis = Analyzer.analyze(map)
        let input = DiagramInput(analysis: analysis)
        #expect(input.waves.map(\.id) == analysis.waves.map(\.id))
        let family = try #require(input.waves.first { $0.id == "family" })
        let declared = try #require(map.waves.first { $0.id == "family" })
        #expect(family.nodes.prefix(declared.activities.count) == declared.activities.map(NodeRef.activity)[...])
        #expect(family.missingPhases == [3, 4])
        #expect(!family.isComplete)
        #expect(Set(family.nodes).count == family.nodes.count)
    }

    @Test("findings become marks; a finding about a stakeholder marks the stakeholder")
    func marks() throws {
        let analysis = Analyzer.analyze(try ExampleMaps.map("tech-learning-enablement"))
        let input = DiagramInput(analysis: analysis)
        #expect(input.decorations.findingCount == analysis.findings.count)
        let stakeholderFindings = analysis.findings.filter { $0.subject.stakeholder != nil }
        #expect(!stakeholderFindings.isEmpty)
        for finding in stakeholderFindings {
            let element = DiagramElement.stakeholder(analysis.map[try #require(finding.subject.stakeholder)].id)
            #expect(input.decorations.findings[element]?.contains(DiagramMark(code: finding.code, slug: finding.slug)) == true)
        }
        for finding in analysis.findings {
            for node in finding.nodes {
                #expect(input.decorations.findings[DiagramElement.node(node, in: analysis.map)]?.contains { $0.code == finding.code } == true)
            }
        }
        #expect(input.deFactoBrokers == Set(analysis.brokers.deFactoBrokers))
    }
}
