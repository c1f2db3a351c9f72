import KMapLanguage
import KMapModel

/// The map's activity and stakeholder ids, looked up by a log's cells. A row reads through this
/// value, not through the reader: a row holding the reader would share the reader's growing
/// arrays, and each append would then copy them whole.
struct EvidenceNames {
    private let map: KMap
    private let activities: [String: ActivityIndex]
    private let stakeholders: [String: StakeholderIndex]

    init(_ map: KMap) {
        self.map = map
        activities = Dictionary(map.activities.modelIndices.map { (map.activities[$0].id, $0) }) { first, _ in first }
        stakeholders = Dictionary(map.stakeholders.modelIndices.map { (map.stakeholders[$0].id, $0) }) { first, _ in first }
    }

    /// The activity with this id.
    func activity(named name: String) -> ActivityIndex? { activities[name] }

    /// The stakeholder with this id.
    func stakeholder(named name: String) -> StakeholderIndex? { stakeholders[name] }

    /// The stakeholder ids close to `name`.
    func stakeholderSuggestions(for name: String) -> [String] {
        Suggestions.closest(to: name, among: map.stakeholders.map(\.id))
    }
}
