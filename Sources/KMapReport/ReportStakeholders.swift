import KMapAnalysis
import KMapModel

/// The stakeholder x phase engagement matrix: who takes part in which phase, as owner or audience.
struct EngagementSection {
    /// One stakeholder's part in one phase.
    struct Cell {
        /// `owner`, `audience`, `both` or `gap` (not engaged): the cell's shading.
        var kind: String
        var text: String
    }

    /// One stakeholder's row.
    struct Row {
        var id: String
        var label: String
        var group: String
        /// `broker`, `external`.
        var roles: [String]
        var cells: [Cell]
        /// True when the stakeholder runs nothing at all: it only ever receives.
        var ownsNothing: Bool
    }

    var phases: [String]
    var rows: [Row]
    var hasRows: Bool

    init(analysis: AnalysisResult) {
        let map = analysis.map
        let matrix = analysis.engagement
        phases = matrix.phases
        rows = map.stakeholders.withModelIndices.map { index, stakeholder in
            let cells = matrix.phases.indices.map { Self.cell(matrix[index, $0]) }
            var roles: [String] = []
            if stakeholder.isBroker { roles.append("broker") }
            if stakeholder.isExternal { roles.append("external") }
            return Row(
                id: stakeholder.id, label: stakeholder.label, group: stakeholder.group, roles: roles,
                cells: cells, ownsNothing: !matrix.phases.indices.contains { matrix[index, $0].owner > 0 }
            )
        }
        hasRows = !rows.isEmpty
    }

    private static func cell(_ cell: EngagementMatrix.Cell) -> Cell {
        switch (cell.owner > 0, cell.audience > 0) {
        case (true, true): Cell(kind: "both", text: "runs \(cell.owner), for \(cell.audience)")
        case (true, false): Cell(kind: "owner", text: "runs \(cell.owner)")
        case (false, true): Cell(kind: "audience", text: "for \(cell.audience)")
        case (false, false): Cell(kind: "gap", text: "—")
        }
    }
}

/// Who carries knowledge between groups: declared and de-facto brokers, bottlenecks, and the
/// stakeholders most routes of knowledge pass through.
struct BrokerSection {
    /// One stakeholder and what the analysis says about its brokering.
    struct Line {
        var id: String
        var label: String
        var text: String
        /// The anchor of a finding about this stakeholder, if any.
        var findingAnchor: String?
    }

    /// At most this many stakeholders are listed by betweenness.
    static let centralLimit = 10

    var declared: [Line]
    var deFacto: [Line]
    var bottlenecks: [Line]
    var central: [Line]
    var hasDeclared: Bool
    var hasDeFacto: Bool
    var hasBottlenecks: Bool
    var hasCentral: Bool
    var sampleNote: String?

    init(analysis: AnalysisResult, findingAnchors: [String: String]) {
        let map = analysis.map
        let brokers = analysis.brokers
        func line(_ index: StakeholderIndex, _ text: String) -> Line {
            let stakeholder = map.stakeholders[index]
            return Line(id: stakeholder.id, label: stakeholder.label, text: text, findingAnchor: findingAnchors[stakeholder.id])
        }
        func groups(_ index: StakeholderIndex) -> String {
            brokers.measures[index.position].bridgedGroups.joined(separator: ", ")
        }
        declared = brokers.bridgingBrokers.map { line($0, "bridges \(groups($0))") }
            + brokers.nonBridgingBrokers.map { line($0, "declared a broker, but connects no groups") }
        deFacto = brokers.deFactoBrokers.map { line($0, "not declared a broker, yet bridges \(groups($0))") }
        bottlenecks = analysis.findings.filter { $0.slug == "broker-bottleneck" }.compactMap { finding in
            finding.subject.stakeholder.map { line($0, finding.message) }
        }
        central = brokers.measures.filter { $0.betweenness > 0 }
            .sorted { ($0.betweenness, $1.stakeholder) > ($1.betweenness, $0.stakeholder) }
            .prefix(Self.centralLimit)
            .map { line($0.stakeholder, "\(Self.percent($0.betweenness)) of routes between other stakeholders" + ($0.isDeclaredBroker ? " (broker)" : "")) }
        hasDeclared = !declared.isEmpty
        hasDeFacto = !deFacto.isEmpty
        hasBottlenecks = !bottlenecks.isEmpty
        hasCentral = !central.isEmpty
        sampleNote = brokers.isSampled
            ? "Estimated from \(brokers.sourcesUsed) of \(map.stakeholders.count) stakeholders (the map is large)."
            : nil
    }

    /// `42%`, rounded to a whole percent.
    static func percent(_ share: Double) -> String {
        "\(Int((min(max(share, 0), 1) * 100).rounded()))%"
    }
}
