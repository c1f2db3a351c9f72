import Testing
@testable import KMapGenerate

@Suite struct EvolutionTests {
    let evolution = Evolution(seed: 77, changeShare: 0.05, firstAddedNumber: 10_000)

    @Test func changesAboutTheRequestedShare() {
        var counts: [Evolution.Change: Int] = [:]
        for number in 0..<10_000 { counts[evolution.change(ofActivity: number), default: 0] += 1 }
        for change in [Evolution.Change.removed, .relabelled, .renamed] {
            #expect((400...600).contains(counts[change, default: 0]))
        }
        #expect(evolution.change(ofActivity: 10_000) == .unchanged)
    }

    @Test func closedGapsGetTheirMissingPhasesBack() {
        let generator = MapGenerator(activities: 5_000, seed: 13, gapShare: 1)
        var closed = 0
        for wave in generator.waves where evolution.closesGap(ofWave: wave.index) {
            let evolved = evolution.evolve(wave)
            #expect(evolved.gap == nil)
            for phase in wave.gap?.missingPhases ?? [] {
                #expect(evolved.columns[phase].allSatisfy { $0 >= 10_000 })
                let followUp = phase == 4 && evolution.addsFollowUp(toWave: wave.index) ? 1 : 0
                #expect(evolved.columns[phase].count == 1 + followUp)
            }
            closed += 1
        }
        #expect(closed > 100)
    }

    @Test func removedActivitiesDisappearFromTheirWave() {
        for wave in MapGenerator(activities: 5_000, seed: 14).waves {
            let evolved = evolution.evolve(wave)
            for number in evolved.columns.joined() {
                #expect(evolution.change(ofActivity: number) != .removed)
            }
        }
    }
}
