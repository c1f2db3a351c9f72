import KMapLanguage
@testable import KMapModel
import KMapRender

/// Builds resolved maps directly, for diagrams of maps the language cannot even express
/// (newlines or control characters in labels).
struct MapFixture {
    var title: String?
    var goal: String?
    var phases = Framework.defaultPhases
    private var stakeholders: [Stakeholder] = []
    private var repositories: [Repository] = []
    private var activities: [Activity] = []
    private var flows: [Flow] = []
    private let range = SourceRange.empty(at: 0)

    init(title: String? = "Test map", goal: String? = nil) {
        self.title = title
        self.goal = goal
    }

    mutating func stakeholder(
        _ id: String, _ label: String, broker: Bool = false, external: Bool = false, group: String? = nil
    ) {
        stakeholders.append(Stakeholder(
            id: id, label: label, isBroker: broker, isExternal: external, group: group ?? id, range: range,
            idRange: range))
    }

    mutating func repository(_ id: String, _ label: String, owner: String? = nil) {
        repositories.append(Repository(
            id: id, label: label, owner: owner.flatMap(stakeholderIndex), range: range, idRange: range))
    }

    mutating func activity(
        _ phase: String, _ id: String, _ label: String, by owners: [String] = [], for audience: [String] = [],
        every cadence: Cadence? = nil, planned: Bool = false
    ) {
        activities.append(Activity(
            id: id, label: label, phase: phases.firstIndex(of: phase) ?? 0,
            owners: owners.compactMap(stakeholderIndex), audience: audience.compactMap(stakeholderIndex),
            cadence: cadence, technique: nil, routine: nil, action: nil, status: planned ? .planned : .existing,
            indicators: [], notes: [], wave: nil, range: range, idRange: range))
    }

    /// Flows along `path` (activity or repository ids), each with `label`.
    mutating func flow(_ path: String..., label: String? = nil) {
        for (from, to) in zip(path, path.dropFirst()) {
            guard let from = node(from), let to = node(to) else { continue }
            flows.append(Flow(from: from, to: to, label: label, range: range))
        }
    }

    /// Flows from each activity to the next one, in declaration order.
    mutating func chainAllActivities() {
        for index in activities.indices.dropLast() {
            flows.append(Flow(from: .activity(ModelIndex(index)), to: .activity(ModelIndex(index + 1)), label: nil, range: range))
        }
    }

    func map() -> KMap {
        KMap(
            source: SourceFile(path: "fixture.kmap", text: ""), title: title, goal: goal, standards: [],
            framework: Framework(phases: phases), stakeholders: stakeholders, repositories: repositories,
            activities: activities, flows: flows, waves: [], ruleSettings: RuleSettings(), comments: [],
            headerRange: nil)
    }

    func node(_ id: String) -> NodeRef? {
        if let index = activities.firstIndex(where: { $0.id == id }) { return .activity(ModelIndex(index)) }
        return repositories.firstIndex { $0.id == id }.map { .repository(ModelIndex($0)) }
    }

    private func stakeholderIndex(_ id: String) -> StakeholderIndex? {
        stakeholders.firstIndex { $0.id == id }.map { ModelIndex($0) }
    }
}
