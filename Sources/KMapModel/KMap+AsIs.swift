import KMapLanguage

/// The map as the system runs today: the practitioner's "existing" system, read apart from what
/// is only planned.
extension KMap {
    /// True when some activity is `status planned`.
    /// Reads the one field of each activity in place (a closure over `Activity` copies each one).
    public var hasPlannedActivities: Bool { activities.indices.contains { activities[$0].status == .planned } }

    /// The map without its planned activities and the flows that touch them (repeated flows
    /// included, so a later stage still numbers the second `a -> b` as such). Indices are
    /// renumbered; ids, ranges and everything else are kept, so findings still point into the
    /// same file. O(V + E).
    public func asIs() -> KMap {
        var newIndex = [ActivityIndex?](repeating: nil, count: activities.count)
        var keptActivities: [Activity] = []
        for (index, activity) in activities.enumerated() where activity.status != .planned {
            newIndex[index] = ActivityIndex(keptActivities.count)
            keptActivities.append(activity)
        }
        func mapped(_ ref: NodeRef) -> NodeRef? {
            switch ref {
            case .activity(let index): newIndex[index.position].map(NodeRef.activity)
            case .repository: ref
            }
        }
        func kept(_ flows: [Flow]) -> [Flow] {
            flows.compactMap { flow in
                guard let from = mapped(flow.from), let to = mapped(flow.to) else { return nil }
                return Flow(from: from, to: to, label: flow.label, range: flow.range)
            }
        }
        let keptWaves = waves.map { wave in
            var wave = wave
            wave.activities = wave.activities.compactMap { newIndex[$0.position] }
            return wave
        }
        return KMap(
            source: source, title: title, goal: goal, standards: standards, framework: framework,
            stakeholders: stakeholders, repositories: repositories, activities: keptActivities, flows: kept(flows),
            repeatedFlows: kept(repeatedFlows), waves: keptWaves, ruleSettings: ruleSettings, comments: comments, headerRange: headerRange,
            groupLabels: groupLabels
        )
    }
}
