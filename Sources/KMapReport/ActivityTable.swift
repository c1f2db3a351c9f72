import KMapModel

/// The activity table that `kmap export --format csv` writes and `kmap import` reads: one row per
/// activity, then one per repository (phase `repository`, owner in `by`), so that every id named
/// in `next` has a row.
///
/// Lists (`by`, `for`, `next`) are ids separated by `, `. The table holds what a spreadsheet user
/// edits; indicators, notes, waves, flow labels and stakeholder labels stay in the map.
enum ActivityTable {
    /// The columns, in the order export writes them.
    enum Column: String, CaseIterable {
        case id, phase, label, by, `for`, cadence, technique, status, routine, action, next
    }

    /// The `phase` of a repository's row.
    static let repositoryPhase = "repository"

    /// The separator export writes between the ids of a list.
    static let listSeparator = ", "

    /// The rows of `map`, as cells in ``Column`` order (not yet guarded or quoted).
    static func rows(of map: KMap) -> [[String]] {
        func names(_ indices: [StakeholderIndex]) -> String {
            indices.map { map[$0].id }.joined(separator: listSeparator)
        }
        func next(_ node: NodeRef) -> String {
            map.successors(of: map.nodeIndex(node)).map { map.id(of: map.node(at: $0)) }.joined(separator: listSeparator)
        }
        var rows: [[String]] = []
        rows.reserveCapacity(map.nodeCount)
        for (index, activity) in map.activities.withModelIndices {
            let phase = map.framework.phases.indices.contains(activity.phase) ? map.framework.phases[activity.phase] : ""
            rows.append([
                activity.id, phase, activity.label, names(activity.owners), names(activity.audience),
                activity.cadence?.syntax ?? "", activity.technique ?? "",
                activity.status.rawValue,
                activity.routine?.rawValue ?? "", activity.action?.rawValue ?? "", next(.activity(index)),
            ])
        }
        for (index, repository) in map.repositories.withModelIndices {
            rows.append([
                repository.id, repositoryPhase, repository.label, names(repository.owner.map { [$0] } ?? []), "",
                "", "", "", "", "", next(.repository(index)),
            ])
        }
        return rows
    }
}
