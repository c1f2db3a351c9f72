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

    /// A finding's subject in new ids: a node, wave or stakeholder id, or `from->to` for a flow.
    func subject(_ subject: String) -> String {
        guard let arrow = subject.range(of: "->") else { return self(subject) }
        return self(String(subject[..<arrow.lowerBound])) + "->" + self(String(subject[arrow.upperBound...]))
    }

    /// True when new id `id` names something declared in both versions (under this id or, before
    /// a rename, under its old id).
    func isDeclaredInBoth(_ id: String, old: MapIndex, new: MapIndex) -> Bool {
        guard new.declares(id) else { return false }
        if origins[id] != nil { return true }
        return old.declares(id) && renames[id] == nil
    }
}
