/// A small deterministic random source (SplitMix64).
struct SplitMix {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in `0 ..< bound` (0 when `bound` is not positive).
    mutating func below(_ bound: Int) -> Int {
        bound <= 0 ? 0 : Int(next() % UInt64(bound))
    }

    mutating func chance(_ oneIn: Int) -> Bool { below(oneIn) == 0 }
}

/// A map as plain values, written out as `.kmap` text: random maps for property tests.
struct RandomMap {
    struct Activity {
        var id: String
        var label: String
        var phase: String
        var owners: [String]
        var audience: [String]
        var cadence: String?
        var planned: Bool
    }

    struct Flow {
        var from: String
        var to: String
        var label: String?
    }

    static let phases = ["generation", "consolidation", "capture", "sharing", "application"]
    static let cadences = ["week", "month", "quarter", "2 weeks", "year"]
    static let words = ["Team", "review", "brief", "data", "huddle", "forum", "visits", "lessons", "survey", "café"]

    var stakeholders: [(id: String, label: String, broker: Bool)] = []
    var repositories: [(id: String, label: String)] = []
    var activities: [Activity] = []
    var flows: [Flow] = []

    /// A random valid map: a few stakeholders and repositories, up to 12 activities, flows
    /// between distinct nodes with at most one flow per ordered pair.
    init(seed: UInt64) {
        var random = SplitMix(seed: seed)
        for index in 0..<(1 + random.below(4)) {
            stakeholders.append(("s\(index)", "Stakeholder \(Self.words[random.below(Self.words.count)])", random.chance(3)))
        }
        for index in 0..<random.below(3) {
            repositories.append(("r\(index)", "Store \(index)"))
        }
        for index in 0..<(1 + random.below(12)) {
            activities.append(Activity(
                id: "a\(index)",
                label: "\(Self.words[random.below(Self.words.count)]) \(Self.words[random.below(Self.words.count)]) \(index)",
                phase: Self.phases[random.below(Self.phases.count)],
                owners: stakeholders.map(\.id).filter { _ in random.chance(2) },
                audience: stakeholders.map(\.id).filter { _ in random.chance(3) },
                cadence: random.chance(2) ? Self.cadences[random.below(Self.cadences.count)] : nil,
                planned: random.chance(4)
            ))
        }
        let nodes = activities.map(\.id) + repositories.map(\.id)
        for _ in 0..<random.below(2 * nodes.count) {
            let from = nodes[random.below(nodes.count)]
            let to = nodes[random.below(nodes.count)]
            if from != to, !flows.contains(where: { $0.from == from && $0.to == to }) {
                flows.append(Flow(from: from, to: to, label: random.chance(4) ? "step \(flows.count)" : nil))
            }
        }
    }

    /// Every node id.
    var nodeIDs: [String] { activities.map(\.id) + repositories.map(\.id) }

    /// The map's `.kmap` text.
    var text: String {
        var lines = ["map \"Random map\""]
        for stakeholder in stakeholders {
            lines.append("stakeholder \(stakeholder.id) \"\(stakeholder.label)\"" + (stakeholder.broker ? " broker" : ""))
        }
        for repository in repositories { lines.append("repository \(repository.id) \"\(repository.label)\"") }
        for activity in activities {
            var line = "\(activity.phase) \(activity.id) \"\(activity.label)\""
            if !activity.owners.isEmpty { line += " by " + activity.owners.joined(separator: ", ") }
            if !activity.audience.isEmpty { line += " for " + activity.audience.joined(separator: ", ") }
            if let cadence = activity.cadence { line += " every \(cadence)" }
            if activity.planned { line += " status planned" }
            lines.append(line)
        }
        for flow in flows { lines.append("\(flow.from) -> \(flow.to)" + (flow.label.map { " : \"\($0)\"" } ?? "")) }
        return lines.joined(separator: "\n") + "\n"
    }
}
