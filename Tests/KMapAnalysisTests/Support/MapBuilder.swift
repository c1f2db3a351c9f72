import KMapLanguage
@testable import KMapModel

/// Builds a ``KMap`` directly, without text: for algorithm tests and maps too large to write.
struct MapBuilder {
    var framework = Framework.default
    var activities: [Activity] = []
    var repositories: [Repository] = []
    var flows: [Flow] = []
    var waves: [DeclaredWave] = []
    private var nodes: [String: NodeRef] = [:]

    init(phases: [String] = Framework.defaultPhases) {
        framework = Framework(phases: phases)
    }

    /// Adds an activity of phase index `phase`; ranges are its index, so source order is add order.
    @discardableResult
    mutating func activity(_ id: String, _ phase: Int, wave: Int? = nil) -> NodeRef {
        let index = activities.count
        let range = SourceRange(start: index, end: index)
        activities.append(Activity(
            id: id, label: id, phase: phase, owners: [], audience: [], cadence: nil, technique: nil,
            routine: nil, action: nil, status: .existing, indicators: [], notes: [], wave: wave.map { ModelIndex($0) },
            range: range, idRange: range
        ))
        nodes[id] = .activity(index)
        return .activity(index)
    }

    mutating func repository(_ id: String) {
        let range = SourceRange.empty(at: 0)
        nodes[id] = .repository(ModelIndex(repositories.count))
        repositories.append(Repository(id: id, label: id, owner: nil, range: range, idRange: range))
    }

    /// Adds flows along a chain of ids: `flow("a", "b", "c")` is `a -> b -> c`.
    mutating func flow(_ ids: String...) {
        for (from, to) in zip(ids, ids.dropFirst()) {
            guard let source = nodes[from], let target = nodes[to] else { continue }
            flows.append(Flow(from: source, to: target, label: nil, range: .empty(at: 0)))
        }
    }

    mutating func wave(_ id: String, at position: Int) -> Int {
        waves.append(DeclaredWave(id: id, label: id, activities: [], range: .empty(at: position), idRange: .empty(at: position)))
        return waves.count - 1
    }

    func build() -> KMap {
        var waves = self.waves
        for (index, activity) in activities.enumerated() {
            if let wave = activity.wave { waves[wave.position].activities.append(ModelIndex(index)) }
        }
        return KMap(
            source: SourceFile(path: "built.kmap", text: ""), title: nil, goal: nil, standards: [],
            framework: framework, stakeholders: [], repositories: repositories, activities: activities,
            flows: flows, waves: waves, ruleSettings: RuleSettings(), comments: [], headerRange: nil
        )
    }
}
