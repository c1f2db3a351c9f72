import KMapModel

/// Whether what happens in an activity comes back into the cycle as new learning.
///
/// A loop closes when a path leads back to a generation activity. It closes too when the results
/// of the activity are studied next: it flows, directly or through repositories, into an activity
/// of the framework's second phase (where results are judged, such as a quarterly review of how a
/// play worked) or one run with a technique that generates knowledge (an after-action review, a
/// retrospect, an evaluation), which passes what it learned on. That is the remedy open-loop
/// gives, wherever the map's author placed the review.
enum LoopClosure {
    /// Per activity: whether its loop closes. O(V + E).
    static func loopsBack(map: KMap, graph: FlowGraph, reachesGeneration: [Bool]) -> [Bool] {
        // Each activity's technique is read in place, and only where the phase does not decide.
        let activities = map.activities
        let studies = (0..<graph.activityCount).map { node in
            isStudy(node, graph: graph, technique: activities[node].technique)
        }
        // Repositories from which a study reads, directly or through other repositories.
        var readByStudy = Array(repeating: false, count: graph.nodeCount)
        let studied = (0..<graph.activityCount).filter { studies[$0] }
        graph.breadthFirst(from: studied.flatMap { graph.predecessors(of: $0) }, forward: false) { node in
            guard graph.isRepository(node), !readByStudy[node] else { return false }
            readByStudy[node] = true
            return true
        }
        return (0..<graph.activityCount).map { node in
            reachesGeneration[node] || graph.successors(of: node).contains { next in
                graph.isRepository(next) ? readByStudy[next] : studies[next]
            }
        }
    }

    /// Whether the activity at dense node `node`, run with `technique`, studies results and passes
    /// what it learned on.
    private static func isStudy(_ node: Int, graph: FlowGraph, technique written: @autoclosure () -> String?) -> Bool {
        guard !graph.successors(of: node).isEmpty, graph.entryPhase[node] > 0 else { return false }
        if graph.entryPhase[node] == 1, graph.framework.phases.count > 2 { return true }
        guard let written = written(), let technique = TechniqueCatalog.technique(slug: written) else { return false }
        return technique.phases.contains("generation")
    }
}
