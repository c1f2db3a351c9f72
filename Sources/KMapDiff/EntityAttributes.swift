import KMapModel

/// The attributes the comparison reads from each kind of declaration, in the order reports list
/// them. Ids are the map's own; the old version's are translated when compared.
enum EntityAttributes {
    static func activity(_ activity: Activity, in index: MapIndex) -> [NamedValue] {
        let map = index.map
        let wave = activity.wave.map { map[$0].id }
        return [
            NamedValue(name: "label", value: .quoted(activity.label)),
            NamedValue(name: "phase", value: .word(index.phaseName(activity.phase))),
            NamedValue(name: "owners", value: .ids(stakeholderIDs(activity.owners, in: map))),
            NamedValue(name: "audience", value: .ids(stakeholderIDs(activity.audience, in: map))),
            NamedValue(name: "cadence", value: .word(activity.cadence?.syntax)),
            NamedValue(name: "technique", value: .word(activity.technique)),
            NamedValue(name: "routine", value: .word(activity.routine?.rawValue)),
            NamedValue(name: "action", value: .word(activity.action?.rawValue)),
            NamedValue(name: "status", value: .word(activity.status.rawValue)),
            NamedValue(name: "indicators", value: .texts(activity.indicators)),
            NamedValue(name: "notes", value: .texts(activity.notes)),
            NamedValue(name: "wave", value: .id(wave)),
        ]
    }

    static func repository(_ repository: Repository, in map: KMap) -> [NamedValue] {
        [
            NamedValue(name: "label", value: .quoted(repository.label)),
            NamedValue(name: "owner", value: .id(repository.owner.map { map[$0].id })),
        ]
    }

    static func stakeholder(_ stakeholder: Stakeholder) -> [NamedValue] {
        [
            NamedValue(name: "label", value: .quoted(stakeholder.label)),
            NamedValue(name: "broker", value: .flag(stakeholder.isBroker)),
            NamedValue(name: "external", value: .flag(stakeholder.isExternal)),
            NamedValue(name: "group", value: .id(stakeholder.group)),
        ]
    }

    static func wave(_ wave: DeclaredWave) -> [NamedValue] {
        [NamedValue(name: "label", value: .quoted(wave.label))]
    }

    static func header(_ map: KMap) -> [NamedValue] {
        [
            NamedValue(name: "title", value: .quoted(map.title)),
            NamedValue(name: "goal", value: .quoted(map.goal)),
            NamedValue(name: "standards", value: .texts(map.standards)),
            NamedValue(name: "phases", value: .words(map.framework.phases)),
        ]
    }

    private static func stakeholderIDs(_ indices: [StakeholderIndex], in map: KMap) -> [String] {
        indices.map { map[$0].id }
    }
}
