import Testing
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
        let rows = WaveRows.assign(DiagramInput(map: map, waves: waves, marks: []))
        #expect(rows == [0, 0, 0, 1, 1, 1, nil, nil])
    }
}
