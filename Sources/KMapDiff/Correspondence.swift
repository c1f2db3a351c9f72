import KMapModel

/// Which declaration of the new version each declaration of the old version became: its index in
/// the new map, found by id after renames (nil when it is gone).
struct Correspondence: Sendable {
    let activities: [ActivityIndex?]
    let repositories: [RepositoryIndex?]
    let stakeholders: [StakeholderIndex?]
    let waves: [WaveIndex?]
    /// Old phase index to new phase index, by name.
    let phases: [Int?]

    init(old: MapIndex, new: MapIndex, translation: IDTranslation) {
        let oldMap = old.map
        activities = oldMap.activities.map { new.activities[translation($0.id)] }
        repositories = oldMap.repositories.map { new.repositories[translation($0.id)] }
        stakeholders = oldMap.stakeholders.map { new.stakeholders[translation($0.id)] }
        waves = oldMap.waves.map { new.waves[translation($0.id)] }
        phases = oldMap.framework.phases.map { new.map.framework.index(of: $0) }
    }

    /// The new node an old node became.
    func node(_ ref: NodeRef) -> NodeRef? {
        switch ref {
        case .activity(let index): activities[index.position].map(NodeRef.activity)
        case .repository(let index): repositories[index.position].map(NodeRef.repository)
        }
    }

    /// True when two activities certainly have equal attributes (checked without building any
    /// value); false means they may differ and the attributes must be compared one by one.
    func surelyEqual(_ old: Activity, _ new: Activity) -> Bool {
        old.label == new.label && mapped(old.phase, phases) == new.phase && old.status == new.status
            && old.cadence == new.cadence && old.technique == new.technique && old.routine == new.routine
            && old.action == new.action && sameStakeholders(old.owners, new.owners)
            && sameStakeholders(old.audience, new.audience) && old.indicators == new.indicators && old.notes == new.notes
            && old.wave.flatMap { waves[$0.position] } == new.wave
    }

    /// True when two repositories certainly have equal attributes.
    func surelyEqual(_ old: Repository, _ new: Repository) -> Bool {
        old.label == new.label && old.owner.flatMap { stakeholders[$0.position] } == new.owner
    }

    private func sameStakeholders(_ old: [StakeholderIndex], _ new: [StakeholderIndex]) -> Bool {
        guard old.count == new.count else { return false }
        for (before, after) in zip(old, new) where stakeholders[before.position] != after { return false }
        return true
    }

    /// An old phase number's new one; the phase comes from the old map's activity, which may
    /// name no phase of its framework.
    private func mapped(_ index: Int, _ table: [Int?]) -> Int? {
        table.indices.contains(index) ? table[index] : nil
    }
}
