@testable import KMapAnalysis
import KMapLanguage
import KMapModel
import Testing

@Suite struct StakeholderAnalysisTests {
    @Test func theEngagementMatrixCountsOwnershipAndAudiencePerPhase() {
        let result = analyze(CommonExamples.healthy)
        let matrix = result.engagement
        #expect(matrix.stakeholders == ["teachers", "principals", "coaches"])
        #expect(matrix.phases == Framework.defaultPhases)
        #expect(matrix[0, 0] == EngagementMatrix.Cell(owner: 1, audience: 0))
        #expect(matrix[0, 3] == EngagementMatrix.Cell(owner: 1, audience: 1))
        #expect(matrix[1, 2] == EngagementMatrix.Cell(owner: 0, audience: 1))
        #expect(matrix.phasesEngaged(by: 1) == [2, 3, 4])
        #expect(matrix.stakeholdersEngaged(in: 1) == [0, 2])
        #expect(matrix[0, 7] == EngagementMatrix.Cell())
    }

    /// a runs x for b; b runs y for c: every route from a to c passes through b.
    static let relay = """
        stakeholder a "A"
        stakeholder b "B" broker
        stakeholder c "C"
        stakeholder d "D" group c
        sharing x "X" by a for b
        sharing y "Y" by b for c, d
        """

    @Test func betweennessIsTheShareOfRoutesThroughAStakeholder() {
        let brokers = analyze(Self.relay).brokers
        let measures = Dictionary(uniqueKeysWithValues: brokers.measures.map { ($0.id, $0.betweenness) })
        // Ordered pairs of the other three: a->c and a->d pass through b, out of 3 x 2.
        #expect(measures["b"] == 2.0 / 6.0)
        #expect(measures["a"] == 0)
        #expect(measures["c"] == 0)
        #expect(!brokers.isSampled)
        #expect(brokers.sourcesUsed == 4)
    }

    @Test func bridgingAndDeFactoBrokers() {
        let text = Self.relay + "\nstakeholder e \"E\" broker\nsharing z \"Z\" by e for e"
        let brokers = analyze(text).brokers
        let b = brokers.measures[1]
        #expect(b.bridgedGroups == ["a", "b", "c"])
        #expect(b.otherGroups == 2)
        #expect(brokers.bridgingBrokers == [1])
        #expect(brokers.nonBridgingBrokers == [4])
        #expect(brokers.deFactoBrokers.isEmpty)
        let undeclared = analyze(Self.relay.replacingOccurrences(of: "\"B\" broker", with: "\"B\"")).brokers
        #expect(undeclared.deFactoBrokers == [1])
    }

    /// `count` stakeholders in a row, each sharing with the next.
    static func chain(of count: Int) -> String {
        var lines: [String] = []
        for index in 0..<count {
            lines.append("stakeholder s\(index) \"S\(index)\"")
            if index > 0 { lines.append("sharing x\(index) \"X\" by s\(index - 1) for s\(index)") }
        }
        return lines.joined(separator: "\n")
    }

    @Test func manyStakeholdersAreSampled() {
        let brokers = analyze(Self.chain(of: 300)).brokers
        #expect(brokers.isSampled)
        #expect(brokers.sourcesUsed == BrokerAnalysis.maximumSources)
        #expect(brokers.measures[150].betweenness > brokers.measures[299].betweenness)
        #expect(brokers.measures.allSatisfy { $0.betweenness >= 0 && $0.betweenness <= 1 })
    }

    /// A chain of 3,000 stakeholders: 5,999 nodes and 8,997 edges, so the edge-visit budget
    /// allows fewer sources than ``BrokerAnalysis/maximumSources``.
    @Test func theEdgeVisitBudgetCapsTheSources() {
        let brokers = analyze(Self.chain(of: 3000)).brokers
        let visitsPerSource = 5_999 + 8_997
        #expect(brokers.isSampled)
        #expect(brokers.sourcesUsed < BrokerAnalysis.maximumSources)
        #expect(brokers.sourcesUsed * visitsPerSource <= BrokerAnalysis.edgeVisitBudget)
        #expect((brokers.sourcesUsed + 1) * visitsPerSource > BrokerAnalysis.edgeVisitBudget)
    }
}
