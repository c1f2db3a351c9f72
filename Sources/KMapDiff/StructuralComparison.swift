import KMapModel

/// Compares the declarations of two versions of a map, matched by id after renames.
///
/// Linear: one dictionary lookup per declaration to match it, an allocation-free equality check
/// per matched pair, and attribute lists built only for pairs that differ.
struct StructuralComparison {
    let old: MapIndex
    let new: MapIndex
    let translation: IDTranslation
    let correspondence: Correspondence

    /// Matches the versions; with `detectRenames`, likely renames are found first.
    init(old: MapIndex, new: MapIndex, detectRenames: Bool) {
        self.old = old
        self.new = new
        translation = detectRenames ? Self.renames(old: old, new: new) : IDTranslation()
        correspondence = Correspondence(old: old, new: new, translation: translation)
    }

    /// Renames among the declarations whose ids disappeared and appeared: nodes (activities and
    /// repositories) first, then stakeholders and waves, whose evidence refers to nodes.
    private static func renames(old: MapIndex, new: MapIndex) -> IDTranslation {
        let oldMap = old.map
        let newMap = new.map
        var translation = IDTranslation()
        func find(_ removed: [EntityRecord], _ added: [EntityRecord]) {
            guard !removed.isEmpty, !added.isEmpty else { return }
            let known = translation
            let detector = RenameDetector(
                removed: removed, added: added, translate: { known($0) },
                isStable: { known.isDeclaredInBoth($0, old: old, new: new) }
            )
            for pair in detector.pairs() { translation.record(old: removed[pair.removed].id, new: added[pair.added].id) }
        }
        find(old.nodeRecords(oldMap.activities.indices.filter { !new.declares(oldMap.activities[$0].id) }.map(NodeRef.activity)
                             + oldMap.repositories.indices.filter { !new.declares(oldMap.repositories[$0].id) }.map(NodeRef.repository)),
             new.nodeRecords(newMap.activities.indices.filter { !old.declares(newMap.activities[$0].id) }.map(NodeRef.activity)
                             + newMap.repositories.indices.filter { !old.declares(newMap.repositories[$0].id) }.map(NodeRef.repository)))
        find(old.stakeholderRecords(oldMap.stakeholders.indices.filter { !new.declares(oldMap.stakeholders[$0].id) }),
             new.stakeholderRecords(newMap.stakeholders.indices.filter { !old.declares(newMap.stakeholders[$0].id) }))
        find(old.waveRecords(oldMap.waves.indices.filter { !new.declares(oldMap.waves[$0].id) }),
             new.waveRecords(newMap.waves.indices.filter { !old.declares(newMap.waves[$0].id) }))
        return translation
    }

    /// Every change, by kind (activities, repositories, stakeholders, waves, flows, header), and
    /// within a kind additions, removals, renames and changes, each in source order.
    func changes() -> [StructuralChange] {
        let oldMap = old.map
        let newMap = new.map
        let activities = compare(
            .activity, oldCount: oldMap.activities.count, newCount: newMap.activities.count, matches: correspondence.activities,
            describe: { version, index in
                let activity = version.map.activities[index]
                return (activity.id, activity.label, version.phaseName(activity.phase))
            },
            differences: { i, j in
                correspondence.surelyEqual(oldMap.activities[i], newMap.activities[j]) ? []
                    : differences(EntityAttributes.activity(oldMap.activities[i], in: old), EntityAttributes.activity(newMap.activities[j], in: new))
            })
        let repositories = compare(
            .repository, oldCount: oldMap.repositories.count, newCount: newMap.repositories.count, matches: correspondence.repositories,
            describe: { version, index in (version.map.repositories[index].id, version.map.repositories[index].label, nil) },
            differences: { i, j in
                correspondence.surelyEqual(oldMap.repositories[i], newMap.repositories[j]) ? []
                    : differences(EntityAttributes.repository(oldMap.repositories[i], in: oldMap), EntityAttributes.repository(newMap.repositories[j], in: newMap))
            })
        let stakeholders = compare(
            .stakeholder, oldCount: oldMap.stakeholders.count, newCount: newMap.stakeholders.count, matches: correspondence.stakeholders,
            describe: { version, index in (version.map.stakeholders[index].id, version.map.stakeholders[index].label, nil) },
            differences: { i, j in differences(EntityAttributes.stakeholder(oldMap.stakeholders[i]), EntityAttributes.stakeholder(newMap.stakeholders[j])) })
        let waves = compare(
            .wave, oldCount: oldMap.waves.count, newCount: newMap.waves.count, matches: correspondence.waves,
            describe: { version, index in (version.map.waves[index].id, version.map.waves[index].label, nil) },
            differences: { i, j in differences(EntityAttributes.wave(oldMap.waves[i]), EntityAttributes.wave(newMap.waves[j])) })
        let header = differences(EntityAttributes.header(oldMap), EntityAttributes.header(newMap))
        return activities + repositories + stakeholders + waves
            + FlowComparison(old: oldMap, new: newMap, correspondence: correspondence).changes()
            + (header.isEmpty ? [] : [StructuralChange(change: .changed, entity: .map, id: "map", label: newMap.title ?? "", attributes: header)])
    }

    /// Additions, removals, renames and changes of one kind, given which new index each old one became.
    private func compare(
        _ kind: EntityKind, oldCount: Int, newCount: Int, matches: [Int?],
        describe: (MapIndex, Int) -> (id: String, label: String, phase: String?),
        differences: (Int, Int) -> [AttributeChange]
    ) -> [StructuralChange] {
        var matched = Array(repeating: false, count: newCount)
        var removed: [StructuralChange] = []
        var modified: [(newIndex: Int, change: StructuralChange)] = []
        for index in 0..<oldCount {
            guard let counterpart = matches[index], !matched[counterpart] else {
                let (id, label, phase) = describe(old, index)
                removed.append(StructuralChange(change: .removed, entity: kind, id: id, label: label, phase: phase))
                continue
            }
            matched[counterpart] = true
            let attributes = differences(index, counterpart)
            let oldID = old.map.id(of: kind, at: index)
            let newID = new.map.id(of: kind, at: counterpart)
            guard oldID != newID || !attributes.isEmpty else { continue }
            let (id, label, phase) = describe(new, counterpart)
            modified.append((counterpart, StructuralChange(
                change: oldID != newID ? .renamed : .changed, entity: kind, id: id,
                previousID: oldID != newID ? oldID : nil, label: label, phase: phase, attributes: attributes)))
        }
        let added = (0..<newCount).filter { !matched[$0] }.map { index in
            let (id, label, phase) = describe(new, index)
            return StructuralChange(change: .added, entity: kind, id: id, label: label, phase: phase)
        }
        let ordered = modified.sorted { $0.newIndex < $1.newIndex }.map(\.change)
        return added + removed + ordered.filter { $0.change == .renamed } + ordered.filter { $0.change == .changed }
    }

    /// The attributes whose values differ, old ids translated to new ones first.
    private func differences(_ before: [NamedValue], _ after: [NamedValue]) -> [AttributeChange] {
        var changes: [AttributeChange] = []
        for (old, new) in zip(before, after) {
            let translated = old.value.translated { translation($0) }
            if !translated.isEquivalent(to: new.value) {
                changes.append(AttributeChange(name: new.name, old: translated.display, new: new.value.display))
            }
        }
        return changes
    }
}

extension KMap {
    /// The id of declaration `index` of `kind` (activities, repositories, stakeholders, waves).
    func id(of kind: EntityKind, at index: Int) -> String {
        switch kind {
        case .activity: activities[index].id
        case .repository: repositories[index].id
        case .stakeholder: stakeholders[index].id
        case .wave: waves[index].id
        case .flow, .map: ""
        }
    }
}
