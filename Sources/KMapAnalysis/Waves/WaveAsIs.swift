import KMapModel

/// How far a wave travels with its existing activities alone: the system as it runs today,
/// beside the plan that ``WaveResult`` describes.
public struct WaveAsIs: Hashable, Sendable {
    /// False when the wave's own start is planned: as it runs today, the wave does not exist.
    public var exists: Bool
    /// For each phase, whether an existing activity of that phase is reachable from the start.
    public var reached: [Bool]
    public var isComplete: Bool
    public var isClosed: Bool
    /// Where the knowledge stops today: an index into the whole map's activities.
    public var lastActivity: ActivityIndex?

    public init(exists: Bool, reached: [Bool], isComplete: Bool, isClosed: Bool, lastActivity: ActivityIndex?) {
        self.exists = exists
        self.reached = reached
        self.isComplete = isComplete
        self.isClosed = isClosed
        self.lastActivity = lastActivity
    }

    /// A wave whose start exists only on paper.
    static func absent(phaseCount: Int) -> WaveAsIs {
        WaveAsIs(exists: false, reached: Array(repeating: false, count: phaseCount), isComplete: false, isClosed: false,
                 lastActivity: nil)
    }
}

extension WaveAnalysis {
    /// The as-is state of each of `waves` (the waves of `map`): the waves of the map without its
    /// planned activities, matched by wave id. Nil for every wave when nothing is planned, since
    /// then the plan is the system. O(phases x (V + E)).
    static func asIs(of waves: [WaveResult], map: KMap) -> [WaveAsIs]? {
        guard map.hasPlannedActivities else { return nil }
        let existing = map.asIs()
        let original = map.activities.modelIndices.filter { map[$0].status != .planned }
        let today = Dictionary(WaveAnalysis.waves(of: existing).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let phaseCount = map.framework.phases.count
        return waves.map { wave in
            guard let now = today[wave.id] else { return .absent(phaseCount: phaseCount) }
            return WaveAsIs(exists: true, reached: now.reached, isComplete: now.isComplete, isClosed: now.isClosed,
                            lastActivity: original[now.lastActivity.position])
        }
    }
}
