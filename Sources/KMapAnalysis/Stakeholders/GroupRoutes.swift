import KMapModel

/// The routes knowledge can take between groups of several members, and the people each route
/// depends on alone.
///
/// A *route* is an ordered pair of groups, each with two or more members, such that knowledge can
/// travel from some member of the first to some member of the second. A route *depends on* a
/// stakeholder outside both groups when removing that stakeholder, with the activities only they
/// run, cuts it: every path passes through them. (Someone in the group must always send or
/// receive; only an intermediary can be a bottleneck between two groups.) That is a dominator
/// question: for each source group, the stakeholders that dominate the target group's members in
/// the graph below (``Dominators``, the Semi-NCA algorithm).
///
/// The graph: stakeholders, activities and repositories as nodes; owner <-> activity (owners of one
/// activity learn from each other there, except an application whose owners come from several
/// groups: each acts in its own place), activity -> audience, repository owner <-> repository,
/// and each flow into the owners of the activity it reaches (an activity happens only through its
/// owners, so a flow into an activity run by one person reaches the audience only through them), or
/// into the node itself when it has no owners.
///
/// Groups of one (a donor, a ministry, anyone without `group`) are not ends of routes: one owner
/// reporting to one body is a relationship, not a bottleneck. They can still be on a route.
/// O(sources x (nodes + edges)), with at most ``edgeVisitBudget`` visits: a map with more source
/// groups than that allows is judged from evenly spaced source groups (``sourceGroups``).
struct GroupRoutes {
    /// One route: indices into ``groups``.
    struct Route: Hashable {
        var from: Int
        var to: Int
    }

    /// Source groups x (nodes + edges) stays under this many visits.
    static let edgeVisitBudget = 4_000_000

    /// The groups of two or more members, in order of first declaration.
    let groups: [String]
    /// The routes from the groups judged, in order.
    let routes: [Route]
    /// Per stakeholder, the routes that every path passes through them, in order.
    let dependentRoutes: [Int: [Route]]
    /// Per stakeholder, the index of its group in ``groups``, or nil for a group of one.
    let groupOfStakeholder: [Int?]
    /// Per group, the routes that end there, in order.
    let routesInto: [[Route]]
    /// Per group, the routes that start there, in order.
    let routesOutOf: [[Route]]
    /// How many groups routes were judged from (all of ``groups`` unless the map is very large).
    let sourceGroups: Int

    init(map: KMap) {
        var members: [String: [Int]] = [:]
        var order: [String] = []
        for (index, stakeholder) in map.stakeholders.enumerated() {
            if members[stakeholder.group] == nil { order.append(stakeholder.group) }
            members[stakeholder.group, default: []].append(index)
        }
        groups = order.filter { (members[$0]?.count ?? 0) >= 2 }
        let groupIndex = Dictionary(uniqueKeysWithValues: groups.enumerated().map { ($1, $0) })
        let groupOf = map.stakeholders.map { groupIndex[$0.group] }
        groupOfStakeholder = groupOf
        guard groups.count >= 2 else {
            (routes, dependentRoutes, sourceGroups) = ([], [:], groups.count)
            (routesInto, routesOutOf) = (groups.map { _ in [] }, groups.map { _ in [] })
            return
        }
        let graph = RouteGraph(map: map, groupMembers: groups.map { members[$0] ?? [] }, groupOfStakeholder: groupOf)
        let affordable = max(1, Self.edgeVisitBudget / max(1, graph.nodeCount + graph.edgeCount))
        let sources = min(groups.count, affordable)
        sourceGroups = sources
        var routes: [Route] = []
        var dependent: [Int: [Route]] = [:]
        var dominators = Dominators(graph: graph)
        for step in 0..<sources {
            let source = step * groups.count / sources
            dominators.solve(fromGroup: source)
            for target in groups.indices where target != source {
                let sink = graph.sink(ofGroup: target)
                guard dominators.isReached(sink) else { continue }
                let route = Route(from: source, to: target)
                routes.append(route)
                for node in dominators.strictDominators(of: sink)
                where graph.isStakeholder(node) && groupOf[node] != source && groupOf[node] != target {
                    dependent[node, default: []].append(route)
                }
            }
        }
        self.routes = routes
        dependentRoutes = dependent
        var into = groups.map { _ in [Route]() }
        var outOf = groups.map { _ in [Route]() }
        for route in routes {
            into[route.to].append(route)
            outOf[route.from].append(route)
        }
        (routesInto, routesOutOf) = (into, outOf)
    }

    /// How many routes `stakeholder` could be an intermediary on: those with neither end its group.
    func possibleRouteCount(for stakeholder: Int) -> Int {
        guard let own = groupOfStakeholder[stakeholder] else { return routes.count }
        return routes.count - routesInto[own].count - routesOutOf[own].count
    }

    /// The routes into `group` that `stakeholder` could be an intermediary on.
    func routes(into group: Int, avoiding stakeholder: Int) -> [Route] {
        let own = groupOfStakeholder[stakeholder]
        return routesInto[group].filter { $0.from != own }
    }

    /// The routes out of `group` that `stakeholder` could be an intermediary on.
    func routes(outOf group: Int, avoiding stakeholder: Int) -> [Route] {
        let own = groupOfStakeholder[stakeholder]
        return routesOutOf[group].filter { $0.to != own }
    }
}
