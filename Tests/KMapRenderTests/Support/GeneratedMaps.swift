import KMapModel

/// Maps of any size for layout tests: waves of up to six activities through the five phases,
/// some phases skipped, repositories between waves, flows back to generation and across waves.
/// The same seed gives the same map.
enum GeneratedMaps {
    static func map(activities count: Int, seed: UInt64) -> KMap {
        var random = SeededRandom(seed: seed)
        var fixture = MapFixture(title: "Generated map of \(count) activities")
        let phases = fixture.phases
        let stakeholders = max(4, count / 20)
        for index in 0..<stakeholders {
            fixture.stakeholder("s\(index)", "Stakeholder \(index)", broker: index % 7 == 0, group: "g\(index % 5)")
        }
        let repositories = max(1, count / 25)
        for index in 0..<repositories {
            fixture.repository("r\(index)", "Repository \(index)", owner: "s\(index % stakeholders)")
        }
        var made = 0
        var wave = 0
        var waveStarts: [Int] = []
        while made < count {
            waveStarts.append(made)
            var previous: String?
            for step in 0..<6 where made < count {
                let phase = min(step, 4)
                if phase > 0, random.next(below: 6) == 0 { continue }
                let id = "a\(made)"
                let owner = "s\(random.next(below: stakeholders))"
                let audience = "s\(random.next(below: stakeholders))"
                fixture.activity(
                    phases[phase], id, "Activity \(made) of wave \(wave)", by: [owner], for: [audience],
                    every: Cadence(unit: .month), planned: random.next(below: 9) == 0)
                if let previous { fixture.flow(previous, id) }
                if phase == 2, random.next(below: 2) == 0 { fixture.flow(id, "r\(random.next(below: repositories))") }
                if phase == 3, random.next(below: 3) == 0 { fixture.flow("r\(random.next(below: repositories))", id) }
                previous = id
                made += 1
            }
            if let previous, random.next(below: 3) == 0, let start = waveStarts.last {
                fixture.flow(previous, "a\(start)", label: "next cycle")
            }
            if waveStarts.count > 2, random.next(below: 4) == 0 {
                fixture.flow("a\(waveStarts[random.next(below: waveStarts.count - 1)])", "a\(made - 1)")
            }
            wave += 1
        }
        return fixture.map()
    }
}

/// A small deterministic generator (SplitMix64).
struct SeededRandom {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        value ^= value >> 31
        return Int(value % UInt64(max(1, bound)))
    }
}
