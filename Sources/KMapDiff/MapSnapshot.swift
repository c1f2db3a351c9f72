import KMapModel

/// A flow reduced to ids: the comparison matches flows by their endpoints.
struct FlowRecord: Sendable {
    var from: String
    var to: String
    var label: String?
}

/// Everything one version of a map declares, as records keyed by id, ready to compare.
///
/// Built in one pass over the map: linear in activities, flows and references.
struct MapSnapshot: Sendable {
    var activities: [EntityRecord]
    var repositories: [EntityRecord]
    var stakeholders: [EntityRecord]
    var waves: [EntityRecord]
    var header: EntityRecord
    var flows: [FlowRecord]
    /// Every id the map declares (one namespace for activities, repositories, stakeholders and waves).
    var ids: Set<String>

    init(_ map: KMap) {
        let phases = map.framework.phases
        func stakeholderIDs(_ indices: [Int]) -> [String] {
            indices.compactMap { map.stakeholders.indices.contains($0) ? map.stakeholders[$0].id : nil }
        }
        func phaseName(_ index: Int) -> String? { phases.indices.contains(index) ? phases[index] : nil }
        func neighbours(_ ref: NodeRef) -> [Evidence] {
            let node = map.nodeIndex(ref)
            return map.outgoing[node].map { Evidence(tag: "out", id: map.id(of: map.flows[$0].to)) }
                + map.incoming[node].map { Evidence(tag: "in", id: map.id(of: map.flows[$0].from)) }
        }

        var ownedBy = Array(repeating: [Evidence](), count: map.stakeholders.count)
        activities = map.activities.enumerated().map { index, activity in
            for owner in activity.owners where ownedBy.indices.contains(owner) {
                ownedBy[owner].append(Evidence(tag: "by", id: activity.id))
            }
            for listener in activity.audience where ownedBy.indices.contains(listener) {
                ownedBy[listener].append(Evidence(tag: "for", id: activity.id))
            }
            let wave = activity.wave.flatMap { map.waves.indices.contains($0) ? map.waves[$0].id : nil }
            return EntityRecord(
                kind: .activity, id: activity.id, label: activity.label, phase: phaseName(activity.phase),
                attributes: [
                    NamedValue(name: "label", value: .quoted(activity.label)),
                    NamedValue(name: "phase", value: .word(phaseName(activity.phase))),
                    NamedValue(name: "owners", value: .ids(stakeholderIDs(activity.owners))),
                    NamedValue(name: "audience", value: .ids(stakeholderIDs(activity.audience))),
                    NamedValue(name: "cadence", value: .word(activity.cadence?.syntax)),
                    NamedValue(name: "technique", value: .word(activity.technique)),
                    NamedValue(name: "routine", value: .word(activity.routine?.rawValue)),
                    NamedValue(name: "action", value: .word(activity.action?.rawValue)),
                    NamedValue(name: "status", value: .word(activity.status.rawValue)),
                    NamedValue(name: "indicators", value: .texts(activity.indicators)),
                    NamedValue(name: "notes", value: .texts(activity.notes)),
                    NamedValue(name: "wave", value: .id(wave)),
                ],
                evidence: neighbours(.activity(index))
            )
        }
        repositories = map.repositories.enumerated().map { index, repository in
            EntityRecord(
                kind: .repository, id: repository.id, label: repository.label, phase: nil,
                attributes: [
                    NamedValue(name: "label", value: .quoted(repository.label)),
                    NamedValue(name: "owner", value: .id(repository.owner.flatMap { stakeholderIDs([$0]).first })),
                ],
                evidence: neighbours(.repository(index))
            )
        }
        stakeholders = map.stakeholders.enumerated().map { index, stakeholder in
            EntityRecord(
                kind: .stakeholder, id: stakeholder.id, label: stakeholder.label, phase: nil,
                attributes: [
                    NamedValue(name: "label", value: .quoted(stakeholder.label)),
                    NamedValue(name: "broker", value: .flag(stakeholder.isBroker)),
                    NamedValue(name: "external", value: .flag(stakeholder.isExternal)),
                    NamedValue(name: "group", value: .id(stakeholder.group)),
                ],
                evidence: ownedBy[index]
            )
        }
        waves = map.waves.map { wave in
            EntityRecord(
                kind: .wave, id: wave.id, label: wave.label, phase: nil,
                attributes: [NamedValue(name: "label", value: .quoted(wave.label))],
                evidence: wave.activities.compactMap { map.activities.indices.contains($0) ? Evidence(tag: "has", id: map.activities[$0].id) : nil }
            )
        }
        header = EntityRecord(
            kind: .map, id: "map", label: map.title ?? "", phase: nil,
            attributes: [
                NamedValue(name: "title", value: .quoted(map.title)),
                NamedValue(name: "goal", value: .quoted(map.goal)),
                NamedValue(name: "standards", value: .texts(map.standards)),
                NamedValue(name: "phases", value: .words(phases)),
            ],
            evidence: []
        )
        flows = map.flows.map { FlowRecord(from: map.id(of: $0.from), to: map.id(of: $0.to), label: $0.label) }
        var ids = Set<String>(minimumCapacity: map.activities.count + map.repositories.count + map.stakeholders.count + map.waves.count)
        for record in activities { ids.insert(record.id) }
        for record in repositories { ids.insert(record.id) }
        for record in stakeholders { ids.insert(record.id) }
        for record in waves { ids.insert(record.id) }
        self.ids = ids
    }
}
