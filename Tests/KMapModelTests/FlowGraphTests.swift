import Foundation
import KMapLanguage
import KMapModel
import Testing

/// The flow graph a map builds once: it agrees with the map's flows in both directions, in flow
/// order, and carries the phases each node serves.
@Suite struct FlowGraphTests {
    static let text = """
        stakeholder teachers "Teachers"
        generation pdsa "PDSA cycles" by teachers
        consolidation huddle "Data huddle" by teachers also capture
        repository drive "Shared drive" owner teachers
        sharing cop "Community of practice" by teachers
        application adopt "Adoption" by teachers
        pdsa -> huddle -> drive -> cop -> adopt
        pdsa -> drive
        adopt -> pdsa

        """

    @Test func everyFlowIsOneEdgeOutOfItsSourceAndIntoItsTarget() {
        let map = compileClean(Self.text)
        let graph = map.graph
        #expect(graph.nodeCount == map.nodeCount && graph.activityCount == map.activities.count)
        for node in 0..<graph.nodeCount {
            let outgoing = map.flows.indices.filter { map.nodeIndex(map.flows[$0].from) == node }
            let incoming = map.flows.indices.filter { map.nodeIndex(map.flows[$0].to) == node }
            #expect(Array(graph.outgoingFlows(of: node)) == outgoing)
            #expect(Array(graph.incomingFlows(of: node)) == incoming)
            #expect(Array(graph.successors(of: node)) == outgoing.map { map.nodeIndex(map.flows[$0].to) })
            #expect(Array(graph.predecessors(of: node)) == incoming.map { map.nodeIndex(map.flows[$0].from) })
            #expect(graph.successorPositions(of: node).map(graph.successor(at:)) == Array(graph.successors(of: node)))
        }
    }

    @Test func nodesCarryThePhasesTheyServe() {
        let map = compileClean(Self.text)
        let huddle = map.nodeIndex(.activity(1))
        let drive = map.nodeIndex(.repository(0))
        #expect(map.graph.entryPhase[huddle] == 1 && map.graph.phase[huddle] == 2, "consolidation, also capture")
        #expect(map.graph.phase[drive] == -1 && map.graph.entryPhase[drive] == -1 && map.graph.isRepository(drive))
    }

    @Test func walksFollowFlowsBothWays() {
        let map = compileClean(Self.text)
        let adopt = map.nodeIndex(.activity(3))
        let reached = map.graph.reachable(from: [map.nodeIndex(.activity(0))], forward: true)
        #expect(reached.allSatisfy { $0 }, "the cycle reaches every node")
        let feeders = map.graph.reachable(from: [adopt], forward: false)
        #expect(feeders.allSatisfy { $0 })
        #expect(!map.graph.isIsolated(adopt))
    }

    @Test func theAsIsMapBuildsItsOwnGraph() {
        let map = compileClean(Self.text.replacingOccurrences(of: "\"Adoption\" by teachers", with: "\"Adoption\" by teachers status planned"))
        let asIs = map.asIs()
        #expect(asIs.graph.nodeCount == map.graph.nodeCount - 1)
        #expect(asIs.flows.count == map.flows.count - 2)
        #expect(asIs.graph.incomingFlows(of: asIs.nodeIndex(.activity(0))).isEmpty, "the planned adoption no longer closes the loop")
    }
}
