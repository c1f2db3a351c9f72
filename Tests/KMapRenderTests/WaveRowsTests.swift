import Testing
import KMapLanguage
import KMapModel
@testable import KMapRender

@Suite("WaveRows")
struct WaveRowsTests {
    @Test("listed activities keep their wave; others join the nearest wave reaching them, also through repositories")
    func assignment() throws {
        var fixture = MapFixture()
        fixture.repository("store", "Store")
        fixture.activity("generation", "g1", "G1")
        fixture.activity("capture", "c1", "C1")
        fixture.activity("sharing", "s1", "S1")
        fixture.activity("generation", "g2", "G2")
        fixture.activity("sharing", "s2", "S2")
        fixture.activity("application", "a2", "A2")
        fixture.activity("consolidation", "back", "Back")
        fixture.activity("sharing", "lonely", "Lonely")
        fixture.flow("g1", "c1", "store", "s1")
        fixture.flow("g2", "s2", "a2", "back")
        let map = fixture.map()
        let waves = [
            DiagramWave(id: "w1", label: "W1", nodes: [.activity(0), .activity(1)], missingPhases: [], isClosed: false),
            DiagramWave(id: "w2", label: "W2", nodes: [.activity(3)], missingPhases: [], isClosed: false),
        ]
        let rows = WaveRows.assign(DiagramInput(map: map, waves: waves))
        #expect(rows == [0, 0, 0, 1, 1, 1, nil, nil])
    }
}

/// A `wave` block is a row: its activities are drawn there even when another wave reaches them
/// first, and rows follow the file.
@Suite("WaveRows from wave blocks")
struct WaveBlockRowsTests {
    static let text = """
        map "Rows" {
          standard "Used twice"
        }
        stakeholder team "Team"

        generation    aar     "After-action review" by team
        consolidation summary "Review summary" by team routine summary
        aar -> summary -> brief
        adopt -> aar

        wave later "Later wave" {
          generation    survey "Survey" by team
          consolidation digest "Digest" by team routine summary

          survey -> digest -> brief
        }

        wave briefs "Briefing" {
          capture     brief "Learning brief" by team for team
          sharing     cafe  "Knowledge cafe" by team for team
          application adopt "Adopt the routine" by team action act

          brief -> cafe -> adopt
        }
        """

    @Test func activitiesOfAWaveBlockStayInItsRowAndRowsFollowTheFile() throws {
        let source = SourceFile(path: "rows.kmap", text: Self.text)
        let map = Resolver.resolve(Parser.parse(source), source: source).map
        let input = Analysed.input(map)
        #expect(input.waves.map(\.id) == ["aar", "later", "briefs"])
        let rows = WaveRows.assign(input)
        let rowOf = Dictionary(uniqueKeysWithValues: map.activities.enumerated().map { ($1.id, rows[$0]) })
        #expect(rowOf["aar"] == 0)
        #expect(rowOf["summary"] == 0)
        #expect(rowOf["survey"] == 1)
        #expect(rowOf["brief"] == 2)
        #expect(rowOf["cafe"] == 2)
        #expect(rowOf["adopt"] == 2)
    }
}
