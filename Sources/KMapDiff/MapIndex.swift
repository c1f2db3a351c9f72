import KMapModel

/// One version of a map with its declarations indexed by id, ready to compare.
///
/// Built in one pass over the map. Evidence for rename detection is computed only for the
/// declarations that need it (those whose id disappeared or appeared).
struct MapIndex: Sendable {
    let map: KMap
    let activities: [String: ActivityIndex]
    let repositories: [String: RepositoryIndex]
    let stakeholders: [String: StakeholderIndex]
    let waves: [String: WaveIndex]

    init(_ map: KMap) {
        self.map = map
        activities = Self.index(map.activities, \.id)
        repositories = Self.index(map.repositories, \.id)
        stakeholders = Self.index(map.stakeholders, \.id)
        waves = Self.index(map.waves, \.id)
    }

    /// Whether the map declares `id` as anything (ids share one namespace).
    func declares(_ id: String) -> Bool {
        activities[id] != nil || repositories[id] != nil || stakeholders[id] != nil || waves[id] != nil
    }

    /// The name of phase `index` of this map's framework.
    func phaseName(_ index: Int) -> String? {
        map.framework.phases.indices.contains(index) ? map.framework.phases[index] : nil
    }

    /// Rename candidates among activities and repositories: flows to and from neighbours.
    func nodeRecords(_ indices: [NodeRef]) -> [EntityRecord] {
        indices.map { ref in
            let node = map.nodeIndex(ref)
            let evidence = map.graph.outgoingFlows(of: node).map { Evidence(tag: "out", id: map.id(of: map.flows[$0].to)) }
                + map.graph.incomingFlows(of: node).map { Evidence(tag: "in", id: map.id(of: map.flows[$0].from)) }
            switch ref {
            case .activity(let index):
                let activity = map.activities[index]
                return EntityRecord(kind: .activity, id: activity.id, label: activity.label, phase: phaseName(activity.phase), evidence: evidence)
            case .repository(let index):
                let repository = map.repositories[index]
                return EntityRecord(kind: .repository, id: repository.id, label: repository.label, phase: nil, evidence: evidence)
            }
        }
    }

    /// Rename candidates among stakeholders: the activities they run and receive from.
    func stakeholderRecords(_ indices: [StakeholderIndex]) -> [EntityRecord] {
        guard !indices.isEmpty else { return [] }
        var wanted: [StakeholderIndex: Int] = [:]
        for (position, index) in indices.enumerated() { wanted[index] = position }
        var evidence = Array(repeating: [Evidence](), count: indices.count)
        for activity in map.activities {
            for owner in activity.owners { if let position = wanted[owner] { evidence[position].append(Evidence(tag: "by", id: activity.id)) } }
            for listener in activity.audience { if let position = wanted[listener] { evidence[position].append(Evidence(tag: "for", id: activity.id)) } }
        }
        return indices.enumerated().map { position, index in
            let stakeholder = map.stakeholders[index]
            return EntityRecord(kind: .stakeholder, id: stakeholder.id, label: stakeholder.label, phase: nil, evidence: evidence[position])
        }
    }

    /// Rename candidates among declared waves: their activities.
    func waveRecords(_ indices: [WaveIndex]) -> [EntityRecord] {
        indices.map { index in
            let wave = map.waves[index]
            let members = wave.activities.map { Evidence(tag: "has", id: map.activities[$0].id) }
            return EntityRecord(kind: .wave, id: wave.id, label: wave.label, phase: nil, evidence: members)
        }
    }

    /// Id to index; the first of duplicate ids wins.
    private static func index<Kind>(_ items: [Kind], _ id: (Kind) -> String) -> [String: ModelIndex<Kind>] {
        var result: [String: ModelIndex<Kind>] = [:]
        result.reserveCapacity(items.count)
        for (index, item) in items.withModelIndices where result[id(item)] == nil { result[id(item)] = index }
        return result
    }
}
