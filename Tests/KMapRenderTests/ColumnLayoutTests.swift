import Testing
import KMapModel
@testable import KMapRender

@Suite("ColumnLayout")
struct ColumnLayoutTests {
    @Test("phases keep their order; repositories sit after the phase that feeds them")
    func bands() throws {
        let map = SampleMaps.literacy.map()
        let layout = ColumnLayout(map: map)
        let fixture = SampleMaps.literacy
        func column(_ id: String) throws -> Int { layout.column(of: try #require(fixture.node(id)), in: map) }
        #expect(try column("pdsa") < column("huddle"))
        #expect(try column("huddle") < column("brief"))
        #expect(try column("brief") < column("drive"))
        #expect(try column("drive") < column("convening"))
        #expect(try column("convening") < column("adopt"))
        #expect(try column("walks") == column("pdsa"))
        #expect(layout.phase(ofColumn: try column("drive")) == nil)
        #expect(layout.phase(ofColumn: try column("memo")) == 2)
    }

    @Test("a chain inside one phase widens its band, and no flow joins two nodes of one column")
    func noFlatFlows() throws {
        var fixture = MapFixture()
        fixture.activity("generation", "g", "G")
        fixture.activity("consolidation", "c1", "C1")
        fixture.activity("consolidation", "c2", "C2")
        fixture.activity("consolidation", "c3", "C3")
        fixture.activity("capture", "k", "K")
        fixture.repository("r1", "R1")
        fixture.repository("r2", "R2")
        fixture.flow("g", "c1", "c2", "c3", "k", "r1", "r2")
        fixture.flow("c3", "c1")
        fixture.flow("c2", "c1")
        let map = fixture.map()
        let layout = ColumnLayout(map: map)
        #expect(layout.columns(ofPhase: 1).count == 3)
        #expect(layout.middleColumn(ofPhase: 1) == layout.columns(ofPhase: 1).lowerBound + 1)
        for flow in map.flows {
            #expect(layout.column(of: flow.from, in: map) != layout.column(of: flow.to, in: map))
        }
        #expect(layout.column(of: try #require(fixture.node("r1")), in: map) < layout.column(of: try #require(fixture.node("r2")), in: map))
    }

    @Test("a repository nobody feeds sits before the first phase it feeds; an unconnected one in the middle")
    func repositoryPlacement() throws {
        var fixture = MapFixture()
        fixture.activity("generation", "g", "G")
        fixture.activity("sharing", "s", "S")
        fixture.repository("source", "Source")
        fixture.repository("alone", "Alone")
        fixture.flow("source", "s")
        let map = fixture.map()
        let layout = ColumnLayout(map: map)
        let source = layout.column(of: try #require(fixture.node("source")), in: map)
        #expect(source == layout.columns(ofPhase: 3).lowerBound - 1)
        let alone = layout.column(of: try #require(fixture.node("alone")), in: map)
        #expect(alone == layout.columns(ofPhase: 2).upperBound)
    }

    @Test("a 200,000-step chain inside one phase is laid out without recursion")
    func longChain() {
        var fixture = MapFixture()
        let count = 200_000
        for index in 0..<count { fixture.activity("capture", "c\(index)", "C") }
        fixture.chainAllActivities()
        let layout = ColumnLayout(map: fixture.map())
        #expect(layout.columnCount == count + 4)
    }
}
