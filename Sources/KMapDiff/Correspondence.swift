import KMapModel

/// Which declaration of the new version each declaration of the old version became: its index in
/// the new map, found by id after renames (nil when it is gone).
struct Correspondence: Sendable {
    let activities: [Int?]
    let repositories: [Int?]
    let stakeholders: [Int?]
    let waves: [Int?]
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
        case .activity(let index): activities[index].map(NodeRef.activity)
        case .repository(let index): repositories[index].map(NodeRef.repository)
        }
    }

    /// True when two activities certainly have equal attributes (checked without building any
    /// value); false means they may differ and the attributes must be compared one by one.
    func surelyEqual(_ old: Activity, _ new: Activity) -> Bool {
        old.label == new.label && mapped(old.phase, phases) == new.phase && old.status == new.status
            && old.cadence == new.cadence && old.technique == new.technique && old.routine == new.routine
            && old.action == new.action && sameStakeholders(old.owners, new.owners)
            && sameStakeholders(old.audience, new.audience) && old.indicators == new.indicators && old.notes == new.notes
            && (old.wave == nil ? new.wave == nil : old.wave.flatMap { mapped($0, waves) } == new.wave)
    }

    /// True when two repositories certainly have equal attributes.
    func surelyEqual(_ old: Repository, _ new: Repository) -> Bool {
        old.label == new.label && (old.owner == nil ? new.owner == nil : old.owner.flatMap { mapped($0, stakeholders) } == new.owner)
    }

    private func sameStakeholders(_ old: [Int], _ new: [Int]) -> Bool {
        guard old.count == new.count else { return false }
        for (before, after) in zip(old, new) where mapped(before, stakeholders) != after { return false }
        return true
    }

    private func mapped(_ index: Int, _ table: [Int?]) -> Int? {
        table.indices.contains(index) ? table[index] : nil
    }
}
