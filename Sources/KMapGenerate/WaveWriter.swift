/// Writes one wave: its activities (inside a `wave` block when the wave is declared) and the
/// flows that link its phases, as `a -> b -> c` chains where the path allows.
struct WaveWriter {
    let activities: ActivityWriter
    let population: Population

    /// A node of the flow graph as the generator knows it.
    enum Node: Equatable {
        case activity(number: Int, phase: Int)
        case repository(Int)
    }

    struct Edge {
        var from: Node
        var to: Node
        var label: String?
    }

    /// Writes `wave`. `previousApplication` is the application of the previous wave that feeds
    /// this wave's generation, if any. Returns the application that should feed the next wave.
    func write(_ wave: WavePlan, previousApplication: Int?, into text: inout TextBuffer) -> Int? {
        if wave.index % 50 == 0 {
            text.write("# Waves of ")
            population.groupID(wave.group, into: &text)
            text.newline()
        }
        if let previous = previousApplication, let generation = wave.columns[0].first {
            writeChain([.activity(number: previous, phase: 4), .activity(number: generation, phase: 0)],
                       label: "informs the next wave", indent: "", into: &text)
        }
        let indent = wave.isDeclared ? "  " : ""
        if wave.isDeclared {
            text.write("wave cycle")
            text.write(wave.index)
            text.write(" \"Wave on ")
            text.writeEscaped(Vocabulary.topics[wave.topic])
            text.write(", ")
            population.groupName(wave.group, into: &text)
            text.write("\" {\n")
        }
        for (phase, column) in wave.columns.enumerated() {
            for number in column {
                activities.write(number, phase: phase, wave: wave, indent: indent, into: &text)
            }
        }
        writeEdges(edges(of: wave), indent: indent, into: &text)
        if wave.isDeclared { text.write("}\n") }
        if wave.gap == .brokerBottleneck { PlantedBottleneck.writeStakeholders(wave: wave.index, into: &text) }
        text.newline()
        return nextWaveFeed(of: wave)
    }

    /// The application that feeds the next wave, unless the wave is an open loop.
    private func nextWaveFeed(of wave: WavePlan) -> Int? {
        guard wave.feedsNextWave, wave.gap != .openLoop else { return nil }
        return wave.columns[4].first
    }

    /// The flows of a wave: a main path through the first activity of each phase (through the
    /// wave's repository after capture), branches to and from the other activities, and the loop
    /// from application back to generation.
    func edges(of wave: WavePlan) -> [Edge] {
        var main: [Edge] = []
        var branches: [Edge] = []
        var previous: [Node] = []
        for (phase, column) in wave.columns.enumerated() {
            var nodes = column.map { Node.activity(number: $0, phase: phase) }
            if phase == 4, wave.gap == .isolatedActivity, nodes.count > 1 { nodes.removeLast() }
            guard let first = nodes.first else { continue }
            if let head = previous.first {
                main.append(Edge(from: head, to: first))
                branches += nodes.dropFirst().map { Edge(from: head, to: $0) }
                branches += previous.dropFirst().map { Edge(from: $0, to: first) }
            }
            previous = nodes
            if phase == wave.repositoryPhase, let repository = wave.repository {
                main.append(Edge(from: first, to: .repository(repository)))
                branches += nodes.dropFirst().map { Edge(from: $0, to: .repository(repository)) }
                previous = [.repository(repository)]
            }
        }
        if wave.gap != .openLoop, let application = wave.columns[4].first, let generation = wave.columns[0].first {
            main.append(Edge(from: .activity(number: application, phase: 4),
                             to: .activity(number: generation, phase: 0), label: "next cycle"))
        }
        return main + branches
    }

    /// Writes edges, joining consecutive unlabelled edges that continue each other into chains.
    private func writeEdges(_ edges: [Edge], indent: String, into text: inout TextBuffer) {
        var chain: [Node] = []
        for edge in edges {
            if edge.label == nil, let last = chain.last, last == edge.from {
                chain.append(edge.to)
                continue
            }
            if !chain.isEmpty { writeChain(chain, label: nil, indent: indent, into: &text) }
            chain = [edge.from, edge.to]
            if let label = edge.label {
                writeChain(chain, label: label, indent: indent, into: &text)
                chain = []
            }
        }
        if !chain.isEmpty { writeChain(chain, label: nil, indent: indent, into: &text) }
    }

    private func writeChain(_ nodes: [Node], label: String?, indent: String, into text: inout TextBuffer) {
        text.write(indent)
        for (position, node) in nodes.enumerated() {
            if position > 0 { text.write(" -> ") }
            switch node {
            case .activity(let number, let phase): activities.writeID(number, phase: phase, into: &text)
            case .repository(let index): population.repositoryID(index, into: &text)
            }
        }
        if let label {
            text.write(" : ")
            text.writeQuoted(label)
        }
        text.newline()
    }
}
