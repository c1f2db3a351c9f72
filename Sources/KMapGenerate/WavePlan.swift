/// The shape of one generated wave: which activities each phase holds, who runs it, where its
/// captured knowledge is kept, and which gap (if any) it carries.
struct WavePlan {
    /// Position of the wave in the map (0, 1, 2, ...).
    var index: Int
    /// Activity numbers per phase of the default framework (an activity's id ends in its number).
    var columns: [[Int]]
    var gap: GapKind?
    /// The stakeholder group that runs the wave.
    var group: Int
    /// Index into ``Vocabulary/topics``.
    var topic: Int
    /// The repository capture writes to and sharing reads from, if any.
    var repository: Int?
    /// The phase whose activities write to ``repository``.
    var repositoryPhase: Int { gap == .stalledAfterGeneration ? 0 : 2 }
    /// True when the wave is written as a `wave` block; otherwise the analysis has to find it.
    var isDeclared: Bool
    /// True when the wave's last application feeds the next wave's generation.
    var feedsNextWave: Bool

    /// Number of activities in the wave.
    var activityCount: Int { columns.reduce(0) { $0 + $1.count } }

    /// Plans the wave that starts at activity number `first`, holding at most `limit` activities,
    /// with `gap` planted in it.
    static func plan(
        index: Int, first: Int, limit: Int, gap: GapKind?, population: Population, random: inout SplitMix64
    ) -> WavePlan {
        var sizes = [1 + (random.chance(0.25) ? 1 : 0), random.chance(0.3) ? 2 : 1, random.chance(0.3) ? 2 : 1,
                     random.chance(0.35) ? 2 : 1, 1 + random.below(3)]
        if gap == .isolatedActivity { sizes[4] = max(2, sizes[4]) }
        for phase in gap?.missingPhases ?? [] { sizes[phase] = 0 }
        var columns: [[Int]] = []
        var next = first
        for size in sizes {
            let count = min(size, first + limit - next)
            columns.append(Array(next..<(next + count)))
            next += count
        }
        let group = random.below(population.groupCount)
        let topic = random.below(Vocabulary.topics.count)
        let repositoryDraw = random.below(1 << 30)
        let repository: Int?
        if gap == .deadEndRepository || gap == .stalledAfterGeneration {
            repository = population.archiveRepository(repositoryDraw)
        } else if random.chance(0.6) {
            repository = population.readableRepository(repositoryDraw)
        } else {
            repository = nil
        }
        return WavePlan(
            index: index, columns: columns, gap: gap, group: group, topic: topic, repository: repository,
            isDeclared: random.chance(0.35), feedsNextWave: random.chance(0.5)
        )
    }
}

/// The waves of a generated map, planned one at a time (nothing is kept per wave, so planning a
/// map of any size takes constant memory).
struct WavePlans: Sequence, IteratorProtocol {
    let activityCount: Int
    let gapShare: Double
    let population: Population
    private var random: SplitMix64
    private var firstOfNextWave = 0
    private var index = 0
    /// Gap kinds are planted in turn, so every kind appears once there are enough gaps.
    private var gapsPlanted = 0

    init(activities: Int, seed: UInt64, gapShare: Double, population: Population) {
        self.activityCount = activities
        self.gapShare = gapShare
        self.population = population
        random = SplitMix64(seed: seed)
    }

    mutating func next() -> WavePlan? {
        guard firstOfNextWave < activityCount else { return nil }
        var gap: GapKind?
        if random.chance(gapShare) {
            gap = GapKind.allCases[gapsPlanted % GapKind.allCases.count]
            gapsPlanted += 1
        }
        let wave = WavePlan.plan(
            index: index, first: firstOfNextWave, limit: activityCount - firstOfNextWave, gap: gap,
            population: population, random: &random
        )
        firstOfNextWave += wave.activityCount
        index += 1
        return wave
    }
}
