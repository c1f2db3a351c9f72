import KMapAnalysis
import KMapModel

/// Old ids mapped to new ids through the renames found so far; ids not renamed map to themselves.
struct IDTranslation: Sendable {
    /// Old id to new id, for renamed declarations only.
    private(set) var renames: [String: String] = [:]
    /// New id to old id, for renamed declarations only.
    private(set) var origins: [String: String] = [:]

    /// The new id of old id `id`.
    func callAsFunction(_ id: String) -> String { renames[id] ?? id }

    mutating func record(old: String, new: String) {
        renames[old] = new
        origins[new] = old
    }

    /// The key of a finding of map `map` (the old version) in new ids: a node, wave or
    /// stakeholder id, or `from->to` for a flow with both ends translated.
    func key(of finding: Finding, in map: KMap) -> String {
        switch finding.subject {
        case .map: finding.key
        case .flow(let from, let to): FindingSubject.flowKey(from: self(map.id(of: from)), to: self(map.id(of: to)))
        default: self(finding.key)
        }
    }

    /// True when new id `id` names something declared in both versions (under this id or, before
    /// a rename, under its old id).
    func isDeclaredInBoth(_ id: String, old: MapIndex, new: MapIndex) -> Bool {
        guard new.declares(id) else { return false }
        if origins[id] != nil { return true }
        return old.declares(id) && renames[id] == nil
    }
}
