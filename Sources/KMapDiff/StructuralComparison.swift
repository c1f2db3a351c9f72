/// Compares the declarations of two versions of a map, matched by id after renames.
struct StructuralComparison {
    let old: MapSnapshot
    let new: MapSnapshot
    private(set) var translation = IDTranslation()

    /// Matches the versions; with `detectRenames`, likely renames are found first, nodes
    /// (activities and repositories) before stakeholders and waves, whose evidence refers to nodes.
    init(old: MapSnapshot, new: MapSnapshot, detectRenames: Bool) {
        self.old = old
        self.new = new
        guard detectRenames else { return }
        findRenames(old.activities + old.repositories, new.activities + new.repositories)
        findRenames(old.stakeholders, new.stakeholders)
        findRenames(old.waves, new.waves)
    }

    private mutating func findRenames(_ oldRecords: [EntityRecord], _ newRecords: [EntityRecord]) {
        let removed = oldRecords.filter { !new.ids.contains($0.id) }
        let added = newRecords.filter { !old.ids.contains($0.id) }
        guard !removed.isEmpty, !added.isEmpty else { return }
        let translation = self.translation
        let (oldIDs, newIDs) = (old.ids, new.ids)
        let detector = RenameDetector(
            removed: removed, added: added, translate: { translation($0) },
            isStable: { translation.isDeclaredInBoth($0, old: oldIDs, new: newIDs) }
        )
        for pair in detector.pairs() {
            self.translation.record(old: removed[pair.removed].id, new: added[pair.added].id)
        }
    }

    /// Every change, by kind (activities, repositories, stakeholders, waves, flows, header), and
    /// within a kind additions, removals, renames and changes, each in source order.
    func changes() -> [StructuralChange] {
        compare(old.activities, new.activities)
            + compare(old.repositories, new.repositories)
            + compare(old.stakeholders, new.stakeholders)
            + compare(old.waves, new.waves)
            + FlowComparison(old: old.flows, new: new.flows, translation: translation).changes()
            + compare([old.header], [new.header])
    }

    private func compare(_ oldRecords: [EntityRecord], _ newRecords: [EntityRecord]) -> [StructuralChange] {
        var newIndex: [String: Int] = [:]
        newIndex.reserveCapacity(newRecords.count)
        for (index, record) in newRecords.enumerated() where newIndex[record.id] == nil { newIndex[record.id] = index }
        var matched = Array(repeating: false, count: newRecords.count)
        var removed: [StructuralChange] = []
        var modified: [(newIndex: Int, change: StructuralChange)] = []
        for record in oldRecords {
            guard let index = newIndex[translation(record.id)], !matched[index] else {
                removed.append(StructuralChange(change: .removed, entity: record.kind, id: record.id, label: record.label, phase: record.phase))
                continue
            }
            matched[index] = true
            let counterpart = newRecords[index]
            let attributes = differences(record, counterpart)
            let isRenamed = record.id != counterpart.id
            guard isRenamed || !attributes.isEmpty else { continue }
            modified.append((index, StructuralChange(
                change: isRenamed ? .renamed : .changed, entity: counterpart.kind, id: counterpart.id,
                previousID: isRenamed ? record.id : nil, label: counterpart.label, phase: counterpart.phase,
                attributes: attributes
            )))
        }
        let added = newRecords.indices.filter { !matched[$0] }.map { index in
            let record = newRecords[index]
            return StructuralChange(change: .added, entity: record.kind, id: record.id, label: record.label, phase: record.phase)
        }
        let ordered = modified.sorted { $0.newIndex < $1.newIndex }.map(\.change)
        return added + removed + ordered.filter { $0.change == .renamed } + ordered.filter { $0.change == .changed }
    }

    /// The attributes whose values differ, old ids translated to new ones first.
    private func differences(_ oldRecord: EntityRecord, _ newRecord: EntityRecord) -> [AttributeChange] {
        var changes: [AttributeChange] = []
        for (before, after) in zip(oldRecord.attributes, newRecord.attributes) {
            let translated = before.value.translated { translation($0) }
            if !translated.isEquivalent(to: after.value) {
                changes.append(AttributeChange(name: after.name, old: translated.display, new: after.value.display))
            }
        }
        return changes
    }
}
