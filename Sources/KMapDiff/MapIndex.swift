import KMapModel

/// One version of a map with its declarations indexed by id, ready to compare.
///
/// Built in one pass over the map. Evidence for rename detection is computed only for the
/// declarations that need it (those whose id disappeared or appeared).
struct MapIndex: Sendable {
    let map: KMap
    let activities: [String: Int]
    let repositories: [String: Int]
    let stakeholders: [String: Int]
    let waves: [String: Int]

    init(_ map: KMap) {
        self.map = map
        activities = Self.index(map.activities.lazy.map(\.id), count: map.activities.count)
        repositories = Self.index(map.repositories.lazy.map(\.id), count: map.repositories.count)
        stakeholders = Self.index(map.stakeholders.lazy.map(\.id), count: map.stakeholders.count)
        waves = Self.index(map.waves.lazy.map(\.id), count: map.waves.count)
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
    func stakeholderRecords(_ indices: [Int]) -> [EntityRecord] {
        guard !indices.isEmpty else { return [] }
        var wanted: [Int: Int] = [:]
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
    func waveRecords(_ indices: [Int]) -> [EntityRecord] {
        indices.map { index in
            let wave = map.waves[index]
            let members = wave.activities.filter(map.activities.indices.contains).map { Evidence(tag: "has", id: map.activities[$0].id) }
            return EntityRecord(kind: .wave, id: wave.id, label: wave.label, phase: nil, evidence: members)
        }
    }

    /// Id to index; the first of duplicate ids wins.
    private static func index(_ ids: some Sequence<String>, count: Int) -> [String: Int] {
        var result: [String: Int] = [:]
        result.reserveCapacity(count)
        for (index, id) in ids.enumerated() where result[id] == nil { result[id] = index }
        return result
    }
}
