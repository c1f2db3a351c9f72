import PropertyBased
import Testing
@testable import KMapAnalysis

/// Ranking ids by their packed first bytes gives the order of the ids as strings.
@Suite struct IDOrderTests {
    private static let pieces = ["a", "A", "z", "Z", "_", "-", "0", "9", "w12_", "gene", "evaluation", "survey"]

    @Test func ranksNodesInTheOrderOfTheirIdsAsStrings() async {
        let ids = Gen.int(in: 0...(Self.pieces.count - 1)).array(of: 1...7).array(of: 1...40)
        await propertyCheck(count: 300, input: ids) { picks in
            let ids = Array(Set(picks.map { "n" + $0.map { Self.pieces[$0] }.joined() }))
            let lines = ids.map { "generation \($0) \"Activity\"" }
            let map = compile(lines.joined(separator: "\n") + "\n")
            let ranks = IDOrder.nodeRanks(of: map)
            let byRank = map.activities.indices.sorted { ranks[$0] < ranks[$1] }.map { map.activities[$0].id }
            #expect(byRank == map.activities.map(\.id).sorted())
        }
    }

    @Test func aShorterIdSortsBeforeTheIdsItBegins() {
        #expect(IDOrder.prefixKey("ab") < IDOrder.prefixKey("ab_"))
        #expect(IDOrder.prefixKey("abcdefghijklmnopq") == IDOrder.prefixKey("abcdefghijklmnopz"))
        #expect(IDOrder.prefixKey("Z") < IDOrder.prefixKey("a"))
    }
}
