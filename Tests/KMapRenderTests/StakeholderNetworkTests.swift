import Testing
import KMapModel
@testable import KMapRender

@Suite("StakeholderNetwork")
struct StakeholderNetworkTests {
    func links(_ network: StakeholderNetwork, _ map: KMap) -> [String] {
        network.links.map { "\(map.stakeholders[$0.from].id)>\(map.stakeholders[$0.to].id)×\($0.weight)" }
    }

    @Test("owners pass to their audience and to the owners of the next activity, also through a repository")
    func links() {
        var fixture = MapFixture()
        fixture.stakeholder("a", "A")
        fixture.stakeholder("b", "B")
        fixture.stakeholder("c", "C")
        fixture.repository("store", "Store")
        fixture.activity("generation", "g", "G", by: ["a"], for: ["b"])
        fixture.activity("consolidation", "k", "K", by: ["b"], for: ["a"])
        fixture.activity("sharing", "s", "S", by: ["c"], for: ["a", "c"])
        fixture.flow("g", "k", "store", "s")
        let map = fixture.map()
        let network = StakeholderNetwork(map: map) { _ in true }
        #expect(links(network, map) == ["a>b×2", "b>a×1", "c>a×1", "b>c×1"])
        #expect(network.members == [0, 1, 2])
    }

    @Test("only included activities count")
    func included() {
        var fixture = MapFixture()
        fixture.stakeholder("a", "A")
        fixture.stakeholder("b", "B")
        fixture.stakeholder("c", "C")
        fixture.activity("generation", "g", "G", by: ["a"], for: ["b"])
        fixture.activity("sharing", "s", "S", by: ["c"], for: ["b"])
        let map = fixture.map()
        let network = StakeholderNetwork(map: map) { $0 == 1 }
        #expect(links(network, map) == ["c>b×1"])
        #expect(network.members == [1, 2])
    }
}
