import KMapModel
import KMapRender

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
        find(old.nodeRecords(oldMap.activities.modelIndices.filter { !new.declares(oldMap.activities[$0].id) }.map(NodeRef.activity)
                             + oldMap.repositories.modelIndices.filter { !new.declares(oldMap.repositories[$0].id) }.map(NodeRef.repository)),
             new.nodeRecords(newMap.activities.modelIndices.filter { !old.declares(newMap.activities[$0].id) }.map(NodeRef.activity)
                             + newMap.repositories.modelIndices.filter { !old.declares(newMap.repositories[$0].id) }.map(NodeRef.repository)))
        find(old.stakeholderRecords(oldMap.stakeholders.modelIndices.filter { !new.declares(oldMap.stakeholders[$0].id) }),
             new.stakeholderRecords(newMap.stakeholders.modelIndices.filter { !old.declares(newMap.stakeholders[$0].id) }))
        find(old.waveRecords(oldMap.waves.modelIndices.filter { !new.declares(oldMap.waves[$0].id) }),
             new.waveRecords(newMap.waves.modelIndices.filter { !old.declares(newMap.waves[$0].id) }))
        return translation
    }

    /// Every change, by kind (activities, repositories, stakeholders, waves, flows, header), and
    /// within a kind additions, removals, renames and changes, each in source order.
    func changes() -> [StructuralChange] {
        let (oldMap, newMap) = (old.map, new.map)
        let header = differences(EntityAttributes.header(oldMap), EntityAttributes.header(newMap))
        return compare(.activity, oldMap.activities, newMap.activities, matches: correspondence.activities, phase: { $1.phaseName($0.phase) }) {
            correspondence.surelyEqual($0, $1) ? [] : differences(EntityAttributes.activity($0, in: old), EntityAttributes.activity($1, in: new))
        }
            + compare(.repository, oldMap.repositories, newMap.repositories, matches: correspondence.repositories) {
                correspondence.surelyEqual($0, $1) ? []
                    : differences(EntityAttributes.repository($0, in: oldMap), EntityAttributes.repository($1, in: newMap))
            }
            + compare(.stakeholder, oldMap.stakeholders, newMap.stakeholders, matches: correspondence.stakeholders) {
                differences(EntityAttributes.stakeholder($0), EntityAttributes.stakeholder($1))
            }
            + compare(.wave, oldMap.waves, newMap.waves, matches: correspondence.waves) {
                differences(EntityAttributes.wave($0), EntityAttributes.wave($1))
            }
            + FlowComparison(old: oldMap, new: newMap, correspondence: correspondence).changes()
            + (header.isEmpty ? [] : [StructuralChange(change: .changed, entity: .map, id: "map", label: newMap.title ?? "", attributes: header)])
    }

    /// Additions, removals, renames and changes of one kind, given which new index each old one became.
    private func compare<Declaration: LabelledDeclaration>(
        _ kind: EntityKind, _ oldItems: [Declaration], _ newItems: [Declaration], matches: [ModelIndex<Declaration>?],
        phase: (Declaration, MapIndex) -> String? = { _, _ in nil },
        differences: (Declaration, Declaration) -> [AttributeChange]
    ) -> [StructuralChange] {
        func change(_ change: ChangeKind, _ item: Declaration, in version: MapIndex, previousID: String? = nil, attributes: [AttributeChange] = []) -> StructuralChange {
            StructuralChange(change: change, entity: kind, id: item.id, previousID: previousID, label: item.label,
                             phase: phase(item, version), attributes: attributes, element: Self.element(kind, id: item.id))
        }
        var matched = Array(repeating: false, count: newItems.count)
        var removed: [StructuralChange] = []
        var modified: [(newIndex: Int, change: StructuralChange)] = []
        for (index, item) in oldItems.enumerated() {
            guard let counterpart = matches[index], !matched[counterpart.position] else {
                removed.append(change(.removed, item, in: old))
                continue
            }
            matched[counterpart.position] = true
            let newItem = newItems[counterpart]
            let attributes = differences(item, newItem)
            let isRenamed = item.id != newItem.id
            guard isRenamed || !attributes.isEmpty else { continue }
            modified.append((counterpart.position, change(isRenamed ? .renamed : .changed, newItem, in: new,
                                                 previousID: isRenamed ? item.id : nil, attributes: attributes)))
        }
        let added = newItems.indices.filter { !matched[$0] }.map { change(.added, newItems[$0], in: new) }
        let ordered = modified.sorted { $0.newIndex < $1.newIndex }.map(\.change)
        return added + removed + ordered.filter { $0.change == .renamed } + ordered.filter { $0.change == .changed }
    }

    /// What draws a declaration of this kind in the waves diagram.
    private static func element(_ kind: EntityKind, id: String) -> DiagramElement? {
        switch kind {
        case .activity: .activity(id)
        case .repository: .repository(id)
        default: nil
        }
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

/// A declaration with an id and a label: what every compared kind has.
protocol LabelledDeclaration {
    var id: String { get }
    var label: String { get }
}

extension Activity: LabelledDeclaration {}
extension Repository: LabelledDeclaration {}
extension Stakeholder: LabelledDeclaration {}
extension DeclaredWave: LabelledDeclaration {}
