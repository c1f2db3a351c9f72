import PropertyBased
import Testing
@testable import KMapAnalysis

/// The people a route between groups depends on are exactly those whose removal cuts it: the
/// dominators ``GroupRoutes`` computes agree with removing each stakeholder in turn and searching
/// the route graph again, on random maps of several groups with intermediaries.
@Suite struct DominatorsTests {
    @Test func dependentRoutesAreThoseEachStakeholderCutsAlone() async {
        await propertyCheck(count: 150, input: Gen.int(in: 0...Int(Int32.max))) { seed in
            let map = compile(Self.randomMap(seed: UInt64(seed)))
            let routes = GroupRoutes(map: map)
            let groupOf = routes.groupOfStakeholder
            let members = routes.groups.indices.map { group in map.stakeholders.indices.filter { groupOf[$0] == group } }
            let graph = RouteGraph(map: map, groupMembers: members, groupOfStakeholder: groupOf)
            var expected: [Int: [GroupRoutes.Route]] = [:]
            for route in routes.routes {
                for stakeholder in map.stakeholders.indices where groupOf[stakeholder] != route.from && groupOf[stakeholder] != route.to {
                    if !Self.reaches(graph, from: route.from, sink: graph.sink(ofGroup: route.to), without: stakeholder) {
                        expected[stakeholder, default: []].append(route)
                    }
                }
            }
            #expect(routes.dependentRoutes == expected, "seed \(seed)")
            let reachable = routes.groups.indices.flatMap { from in
                routes.groups.indices.filter { $0 != from && Self.reaches(graph, from: from, sink: graph.sink(ofGroup: $0), without: nil) }
                    .map { GroupRoutes.Route(from: from, to: $0) }
            }
            #expect(routes.routes == reachable, "seed \(seed)")
        }
    }

    /// Whether a member of group `from` reaches `sink` when `removed` (a node) is taken out.
    private static func reaches(_ graph: RouteGraph, from group: Int, sink: Int, without removed: Int?) -> Bool {
        var seen = Array(repeating: false, count: graph.nodeCount)
        var stack = graph.groupMembers[group].filter { $0 != removed }
        for node in stack { seen[node] = true }
        while let node = stack.popLast() {
            if node == sink { return true }
            for position in graph.offsets[node]..<graph.offsets[node + 1] {
                let next = graph.targets[position]
                if next != removed, !seen[next] {
                    seen[next] = true
                    stack.append(next)
                }
            }
        }
        return false
    }

    /// Stakeholders in three groups and a few people of their own, activities with owners and
    /// audiences, repositories with owners, and flows between any two nodes.
    private static func randomMap(seed: UInt64) -> String {
        var random = Xoshiro(seed: (seed, seed ^ 0x9E37_79B9_7F4A_7C15, ~seed, seed | 1))
        let stakeholders = (0..<Int.random(in: 5...12, using: &random)).map { "s\($0)" }
        var lines = ["map \"Routes\" {", "  standard \"Used twice\"", "}"]
        for id in stakeholders {
            let group = Int.random(in: 0...4, using: &random)
            lines.append("stakeholder \(id) \"\(id)\"" + (group < 3 ? " group g\(group)" : ""))
        }
        let phases = ["generation", "consolidation", "capture", "sharing", "application"]
        let activities = (0..<Int.random(in: 2...14, using: &random)).map { "a\($0)" }
        for id in activities {
            let owners = (0..<Int.random(in: 1...3, using: &random)).map { _ in stakeholders.randomElement(using: &random)! }
            var line = "\(phases.randomElement(using: &random)!) \(id) \"\(id)\" by \(Set(owners).sorted().joined(separator: ", "))"
            let audience = (0..<Int.random(in: 0...2, using: &random)).map { _ in stakeholders.randomElement(using: &random)! }
            if !audience.isEmpty { line += " for \(Set(audience).sorted().joined(separator: ", "))" }
            lines.append(line)
        }
        let repositories = (0..<Int.random(in: 0...2, using: &random)).map { "r\($0)" }
        for id in repositories { lines.append("repository \(id) \"\(id)\" owner \(stakeholders.randomElement(using: &random)!)") }
        let nodes = activities + repositories
        for _ in 0..<Int.random(in: 0...(2 * nodes.count), using: &random) {
            let from = nodes.randomElement(using: &random)!
            let to = nodes.randomElement(using: &random)!
            if from != to { lines.append("\(from) -> \(to)") }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
