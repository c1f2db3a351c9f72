import PropertyBased

/// A random map that resolves without errors, kept as movable units (a one-line statement, or a
/// whole `map { }` or `wave { }` block) so tests can reorder its statements.
///
/// Everything is drawn from one seed: stakeholders in a few groups, brokers and externals,
/// repositories with owners, activities of every phase with owners, audiences, cadences,
/// techniques, routines and actions where they are allowed, some of them in declared waves, and
/// flows between any two distinct nodes (duplicates included).
struct RandomValidMap {
    /// Statements outside waves: each is one or more lines that stay together.
    var units: [[String]] = []
    /// Declared waves: header line and body lines (the body may be reordered too).
    var waves: [(header: String, body: [String])] = []

    private static let phases = ["generation", "consolidation", "capture", "sharing", "application"]
    private static let techniques = ["peer-assist", "after-action-review", "community-of-practice", "knowledge-cafe",
                                     "synthesis-workshop", "knowledge-brief", "inquiry-cycle", "mentoring"]
    private static let cadences = ["day", "week", "month", "quarter", "year", "2 weeks", "3 months"]

    init(seed: UInt64) {
        var random = Xoshiro(seed: (seed, seed ^ 0x9E37_79B9_7F4A_7C15, ~seed, seed &* 0xBF58_476D_1CE4_E5B9 | 1))
        let stakeholders = (0..<Int.random(in: 1...5, using: &random)).map { "s\($0)" }
        let repositories = (0..<Int.random(in: 0...3, using: &random)).map { "r\($0)" }
        let activities = (0..<Int.random(in: 1...14, using: &random)).map { "a\($0)" }

        if Bool.random(using: &random) {
            units.append(["map \"Random\" {", "  goal \"Learn\"", "  standard \"Used twice\"", "}"])
        }
        for id in stakeholders {
            var line = "stakeholder \(id) \"Stakeholder \(id)\" group g\(Int.random(in: 0...2, using: &random))"
            if Int.random(in: 0..<3, using: &random) == 0 { line += " broker" }
            if Int.random(in: 0..<4, using: &random) == 0 { line += " external" }
            units.append([line])
        }
        for id in repositories {
            let owner = Bool.random(using: &random) ? " owner \(stakeholders.randomElement(using: &random)!)" : ""
            units.append(["repository \(id) \"Repository \(id)\"\(owner)"])
        }
        let waveCount = Int.random(in: 0...2, using: &random)
        var waveBodies = Array(repeating: [String](), count: waveCount)
        for id in activities {
            let line = Self.activity(id, stakeholders: stakeholders, random: &random)
            if waveCount > 0, Bool.random(using: &random) {
                waveBodies[Int.random(in: 0..<waveCount, using: &random)].append(line)
            } else {
                units.append([line])
            }
        }
        waves = waveBodies.enumerated().filter { !$0.element.isEmpty }.map { ("wave w\($0.offset) \"Wave \($0.offset)\" {", $0.element) }
        let nodes = activities + repositories
        guard nodes.count > 1 else { return }
        for _ in 0..<Int.random(in: 0...(2 * nodes.count), using: &random) {
            let from = nodes.randomElement(using: &random)!
            var to = nodes.randomElement(using: &random)!
            if to == from { to = nodes.first { $0 != from }! }
            units.append(["\(from) -> \(to)"])
        }
    }

    private static func activity(_ id: String, stakeholders: [String], random: inout Xoshiro) -> String {
        let phase = phases.randomElement(using: &random)!
        var line = "\(phase) \(id) \"Activity \(id)\""
        func someStakeholders() -> String {
            stakeholders.filter { _ in Bool.random(using: &random) }.joined(separator: ", ")
        }
        let owners = someStakeholders()
        if !owners.isEmpty { line += " by \(owners)" }
        let audience = someStakeholders()
        if !audience.isEmpty { line += " for \(audience)" }
        if Bool.random(using: &random) { line += " every \(cadences.randomElement(using: &random)!)" }
        if Bool.random(using: &random) { line += " technique \(techniques.randomElement(using: &random)!)" }
        if phase == "consolidation", Bool.random(using: &random) { line += " routine synthesis" }
        if phase == "application", Bool.random(using: &random) { line += " action \(["act", "resource", "buy-in"].randomElement(using: &random)!)" }
        if Int.random(in: 0..<5, using: &random) == 0 { line += " status planned" }
        return line
    }

    /// The map's text with its units and wave bodies in an order drawn from `seed` (0 keeps the
    /// order in which they were generated).
    func text(shuffledWith seed: UInt64) -> String {
        var random = Xoshiro(seed: (seed, seed ^ 0x2545_F491_4F6C_DD1D, ~seed, seed | 1))
        var all = units + waves.map { wave in
            [wave.header] + (seed == 0 ? wave.body : wave.body.shuffled(using: &random)).map { "  " + $0 } + ["}"]
        }
        if seed != 0 { all.shuffle(using: &random) }
        return all.map { $0.joined(separator: "\n") }.joined(separator: "\n") + "\n"
    }
}
