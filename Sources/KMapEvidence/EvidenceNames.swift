import KMapModel

/// The map's activity and stakeholder ids, looked up by a log's cells. A row reads through this
/// object, not through the reader: a row holding the reader would share the reader's growing
/// arrays, and each append would then copy them whole. A class, so that a row holds one
/// reference instead of retaining every table on each copy.
final class EvidenceNames {
    private let activities: [String: ActivityIndex]
    private let stakeholders: [String: StakeholderIndex]
    private var activityHints: DidYouMean
    private var stakeholderHints: DidYouMean

    init(_ map: KMap) {
        activityHints = DidYouMean(candidates: map.activities.map(\.id))
        stakeholderHints = DidYouMean(candidates: map.stakeholders.map(\.id))
        activities = Dictionary(map.activities.modelIndices.map { (map.activities[$0].id, $0) }) { first, _ in first }
        stakeholders = Dictionary(map.stakeholders.modelIndices.map { (map.stakeholders[$0].id, $0) }) { first, _ in first }
    }

    /// The activity with this id.
    func activity(named name: String) -> ActivityIndex? { activities[name] }

    /// The stakeholder with this id.
    func stakeholder(named name: String) -> StakeholderIndex? { stakeholders[name] }

    /// The activity ids close to `name`.
    func activitySuggestions(for name: String) -> [String] { activityHints.closest(to: name) }

    /// The stakeholder ids close to `name`.
    func stakeholderSuggestions(for name: String) -> [String] { stakeholderHints.closest(to: name) }
}
