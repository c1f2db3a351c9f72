import KMapAnalysis
import KMapModel

/// Where one wave stood in one version: how far its knowledge travels through the cycle.
public struct WaveState: Hashable, Sendable {
    /// The name of the furthest phase reached.
    public var furthestPhase: String
    /// The names of the phases reached, in framework order.
    public var reachedPhases: [String]
    public var isComplete: Bool
    public var isClosed: Bool

    init(_ wave: WaveResult, framework: Framework) {
        let phases = framework.phases
        furthestPhase = phases.indices.contains(wave.furthestPhase) ? phases[wave.furthestPhase] : "?"
        reachedPhases = zip(phases, wave.reached).filter(\.1).map(\.0)
        isComplete = wave.isComplete
        isClosed = wave.isClosed
    }
}

/// One wave before and after: matched by id, the old id translated through renames.
public struct WaveProgress: Hashable, Sendable {
    /// The id in the new version (the old id for a wave that is gone).
    public var id: String
    /// The old id, when the wave (or the generation activity it starts from) was renamed.
    public var previousID: String?
    public var label: String
    /// Nil for a new wave.
    public var before: WaveState?
    /// Nil for a wave that is gone.
    public var after: WaveState?

    /// True when the wave appeared, disappeared, or reaches, completes or closes differently.
    public var isChanged: Bool { before != after }

    /// One sentence: `wave audit now reaches application; was capture; now complete`.
    public var sentence: String {
        let name = previousID.map { "wave \(id) (was \($0))" } ?? "wave \(id)"
        switch (before, after) {
        case (nil, let after?):
            return "\(name) is new: reaches \(after.furthestPhase)" + (after.isComplete ? ", complete" : "") + (after.isClosed ? ", loop closed" : "")
        case (let before?, nil):
            return "\(name) is gone; it reached \(before.furthestPhase)"
        case (let before?, let after?):
            var parts = [before.furthestPhase == after.furthestPhase
                ? "\(name) still reaches \(after.furthestPhase)"
                : "\(name) now reaches \(after.furthestPhase); was \(before.furthestPhase)"]
            if before.isComplete != after.isComplete { parts.append(after.isComplete ? "now complete" : "no longer complete") }
            if before.isClosed != after.isClosed { parts.append(after.isClosed ? "loop now closed" : "loop no longer closed") }
            return parts.joined(separator: "; ")
        case (nil, nil):
            return name
        }
    }

    /// Pairs the waves of two analyses, new order first, then the waves that are gone.
    static func compare(old: AnalysisResult, new: AnalysisResult, translation: IDTranslation) -> [WaveProgress] {
        var oldByID: [String: Int] = [:]
        for (index, wave) in old.waves.enumerated() where oldByID[translation(wave.id)] == nil {
            oldByID[translation(wave.id)] = index
        }
        var matched = Array(repeating: false, count: old.waves.count)
        var result: [WaveProgress] = []
        for wave in new.waves {
            var before: WaveState?
            var previousID: String?
            if let index = oldByID[wave.id], !matched[index] {
                matched[index] = true
                before = WaveState(old.waves[index], framework: old.map.framework)
                if old.waves[index].id != wave.id { previousID = old.waves[index].id }
            }
            result.append(WaveProgress(
                id: wave.id, previousID: previousID, label: wave.label, before: before,
                after: WaveState(wave, framework: new.map.framework)))
        }
        for (index, wave) in old.waves.enumerated() where !matched[index] {
            result.append(WaveProgress(id: wave.id, label: wave.label, before: WaveState(wave, framework: old.map.framework)))
        }
        return result
    }
}
