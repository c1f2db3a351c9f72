import KMapModel

/// How each stakeholder of a map takes part: the activities it runs, those where running gives it
/// a voice (generation, consolidation, application; for people served, being the audience of a
/// generation activity too, as its respondents), how often it is an audience, and whether it
/// keeps a repository; and whether it must be heard (``Voice``), decided once per stakeholder
/// rather than on every lookup. Counted once per analysis (``AnalysisContext/participation``), in
/// O(activities x stakeholders per activity).
struct Participation: Sendable {
    /// Per stakeholder: runs some activity.
    private(set) var owns: [Bool]
    /// Per stakeholder: runs an activity where knowledge is generated, judged or acted on, or (for
    /// people served) is asked in a generation activity.
    private(set) var speaks: [Bool]
    /// Per stakeholder: how many activities it is the audience of.
    private(set) var hears: [Int]
    /// Per stakeholder: owns a repository.
    private(set) var keeps: [Bool]
    /// Per stakeholder: must be heard (``Voice/mustBeHeard(_:in:)``).
    let mustBeHeard: [Bool]

    init(map: KMap, roles: PhaseRoles) {
        let count = map.stakeholders.count
        mustBeHeard = map.stakeholders.map { Voice.mustBeHeard($0, in: map) }
        let voicePhases = Voice.voicePhases(roles, phaseCount: map.framework.phases.count)
        owns = Array(repeating: false, count: count)
        speaks = owns
        keeps = owns
        hears = Array(repeating: 0, count: count)
        // Each activity's fields are read in place, not through a copy of the activity.
        let activities = map.activities
        for index in activities.indices {
            let phase = activities[index].phase
            let givesVoice = voicePhases.contains(phase) || voicePhases.contains(activities[index].lastPhase)
            for owner in activities[index].owners {
                owns[owner.position] = true
                if givesVoice { speaks[owner.position] = true }
            }
            for member in activities[index].audience { hears[member.position] += 1 }
            // People served who are named as the audience of a survey, a poll or a monitoring
            // visit are its respondents: they are asked.
            if Voice.asksItsAudience(phase: phase, technique: activities[index].technique) {
                for member in activities[index].audience where map[member].isExternal || map[member].declaredVoice == .heard {
                    speaks[member.position] = true
                }
            }
        }
        for repository in map.repositories {
            if let owner = repository.owner { keeps[owner.position] = true }
        }
    }

    /// Whether `index` is one of the people the organization serves (external, or marked
    /// `heard`) who must be heard, is told, and never generates, judges or acts on knowledge:
    /// the silent-stakeholder finding about them is the break, and the activities that tell them
    /// are its context.
    func isToldOnly(_ index: StakeholderIndex, in map: KMap) -> Bool {
        let stakeholder = map[index]
        guard stakeholder.isExternal || stakeholder.declaredVoice == .heard else { return false }
        return hears[index.position] > 0 && !speaks[index.position] && mustBeHeard[index.position]
    }
}
