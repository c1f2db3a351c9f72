import Testing
@testable import KMapGenerate

@Suite struct SplitMix64Tests {
    @Test func matchesTheReferenceSequence() {
        // First outputs of the reference SplitMix64 for seed 0.
        var random = SplitMix64(seed: 0)
        #expect(random.next() == 0xE220_A839_7B1D_CDAF)
        #expect(random.next() == 0x6E78_9E6A_A1B9_65F4)
    }

    @Test func sameSeedGivesSameSequence() {
        var first = SplitMix64(seed: 42)
        var second = SplitMix64(seed: 42)
        let a = (0..<100).map { _ in first.next() }
        let b = (0..<100).map { _ in second.next() }
        #expect(a == b)
        var other = SplitMix64(seed: 43)
        #expect((0..<100).map { _ in other.next() } != a)
    }

    @Test func drawsStayInRange() {
        var random = SplitMix64(seed: 7)
        for bound in [1, 2, 3, 10, 1000] {
            for _ in 0..<200 {
                #expect((0..<bound).contains(random.below(bound)))
            }
        }
        for _ in 0..<200 {
            let draw = SplitMix64.unit(seed: 9, key: random.next())
            #expect(draw >= 0 && draw < 1)
        }
    }

    @Test func chanceFollowsItsProbability() {
        var random = SplitMix64(seed: 11)
        let hits = (0..<10_000).filter { _ in random.chance(0.25) }.count
        #expect((2_300...2_700).contains(hits))
        #expect(!(0..<100).contains { _ in random.chance(0) })
        #expect((0..<100).allSatisfy { _ in random.chance(1) })
    }
}
