/// The changes that turn a generated map into a later version of itself, for diff benchmarks:
/// some activities are removed, relabelled or renamed, some are added, and some planted gaps are
/// closed. Every decision is a stateless hash of an activity's or wave's number, so both versions
/// agree on everything that did not change.
struct Evolution {
    let seed: UInt64
    /// The share of activities touched by each kind of change.
    let changeShare: Double
    /// First number of the activities added in the later version (beyond the original ones).
    let firstAddedNumber: Int

    /// Activity numbers reserved per wave for additions (gap closures first, then one follow-up).
    static let reservedPerWave = 6

    enum Change { case unchanged, removed, relabelled, renamed }

    func change(ofActivity number: Int) -> Change {
        guard number < firstAddedNumber else { return .unchanged }
        let draw = SplitMix64.unit(seed: seed, key: UInt64(number))
        if draw < changeShare { return .removed }
        if draw < 2 * changeShare { return .relabelled }
        if draw < 3 * changeShare { return .renamed }
        return .unchanged
    }

    /// True when the later version has closed the planted gap of wave `index`.
    func closesGap(ofWave index: Int) -> Bool {
        SplitMix64.unit(seed: seed ^ 0xC105_ED, key: UInt64(index)) < 0.3
    }

    /// True when the later version adds a follow-up application to wave `index`.
    func addsFollowUp(toWave index: Int) -> Bool {
        SplitMix64.unit(seed: seed ^ 0xADD, key: UInt64(index)) < changeShare
    }

    /// The wave as it stands in the later version.
    func evolve(_ wave: WavePlan) -> WavePlan {
        var evolved = wave
        let reserved = firstAddedNumber + wave.index * Evolution.reservedPerWave
        var nextReserved = reserved
        if let gap = wave.gap, closesGap(ofWave: wave.index) {
            evolved.gap = nil
            for phase in gap.missingPhases where nextReserved < reserved + Evolution.reservedPerWave - 1 {
                evolved.columns[phase] = [nextReserved]
                nextReserved += 1
            }
        }
        for phase in evolved.columns.indices {
            evolved.columns[phase].removeAll { change(ofActivity: $0) == .removed }
        }
        if addsFollowUp(toWave: wave.index), !evolved.columns[0].isEmpty {
            evolved.columns[4].append(reserved + Evolution.reservedPerWave - 1)
        }
        return evolved
    }
}
