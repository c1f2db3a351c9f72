import Testing
@testable import KMapGenerate

@Suite struct WavePlanTests {
    @Test func plantsEveryGapKindAtItsShare() {
        let generator = MapGenerator(activities: 20_000, seed: 9, gapShare: 0.2)
        var waves = 0
        var gaps: [GapKind: Int] = [:]
        for wave in generator.waves {
            waves += 1
            if let gap = wave.gap { gaps[gap, default: 0] += 1 }
        }
        #expect(Set(gaps.keys) == Set(GapKind.allCases))
        let share = Double(gaps.values.reduce(0, +)) / Double(waves)
        #expect(share > 0.17 && share < 0.23)
    }

    @Test func plantsGapKindsInTurn() {
        let gaps = MapGenerator(activities: 3_000, seed: 9, gapShare: 0.5).waves.compactMap(\.gap)
        #expect(gaps.count > GapKind.allCases.count)
        #expect(Array(gaps.prefix(GapKind.allCases.count)) == GapKind.allCases)
    }

    @Test func picksPeopleGapsEvenly() {
        #expect((0..<100).filter { Population.isPicked($0, share: 0.1) }.count == 10)
        #expect((0..<100).filter { Population.isPicked($0, share: 0) }.isEmpty)
        #expect((0..<100).allSatisfy { Population.isPicked($0, share: 1) })
    }

    @Test func noGapsAtShareZero() {
        #expect(MapGenerator(activities: 5_000, seed: 9, gapShare: 0).waves.allSatisfy { $0.gap == nil })
    }

    @Test func gapsEmptyTheirPhases() {
        for wave in MapGenerator(activities: 5_000, seed: 10, gapShare: 1).waves {
            guard let gap = wave.gap else {
                Issue.record("wave \(wave.index) has no gap at share 1")
                continue
            }
            for phase in gap.missingPhases {
                #expect(wave.columns[phase].isEmpty)
            }
        }
    }

    @Test func wavesNumberActivitiesConsecutively() {
        var expected = 0
        for wave in MapGenerator(activities: 3_000, seed: 11).waves {
            for number in wave.columns.joined() {
                #expect(number == expected)
                expected += 1
            }
        }
        #expect(expected == 3_000)
    }

    @Test func deadEndsWriteToArchivesThatNoOtherWaveReads() {
        let generator = MapGenerator(activities: 10_000, seed: 12, gapShare: 0.3)
        let population = generator.population
        for wave in generator.waves {
            guard let repository = wave.repository else { continue }
            let endsInArchive = wave.gap == .deadEndRepository || wave.gap == .stalledAfterGeneration
            #expect(population.isArchive(repository) == endsInArchive)
        }
    }
}
