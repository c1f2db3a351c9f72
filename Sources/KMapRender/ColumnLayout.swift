import KMapModel

/// The columns (Graphviz ranks) of the waves view.
///
/// Each phase owns a band of columns; between the phase bands are bands for repositories, placed
/// after the phase that feeds them. Inside a band, a flow between two of its nodes moves the
/// target one column right (the longest path of such flows, cycles broken where a depth-first
/// walk meets them), so no flow ever joins two nodes of one column: Graphviz 2.42 can fail to
/// route such flat edges inside clusters, and crash after it.
struct ColumnLayout {
    /// The column of every node, by dense index.
    private let columnOfNode: [Int]
    /// The columns of each band: phase `p` is band `2p + 1`, the repositories before phase `p`
    /// are band `2p`.
    private let bandColumns: [Range<Int>]
    /// Number of columns.
    let columnCount: Int

    init(map: KMap) {
        let phaseCount = map.framework.phases.count
        let band = Self.bands(map: map)
        let depth = Self.depths(map: map, band: band)
        var width = Array(repeating: 0, count: 2 * phaseCount + 1)
        for phase in 0..<phaseCount { width[2 * phase + 1] = 1 }
        for node in 0..<map.nodeCount { width[band[node]] = max(width[band[node]], depth[node] + 1) }
        var start = 0
        var columns: [Range<Int>] = []
        for bandWidth in width {
            columns.append(start ..< start + bandWidth)
            start += bandWidth
        }
        bandColumns = columns
        columnCount = start
        columnOfNode = (0..<map.nodeCount).map { columns[band[$0]].lowerBound + depth[$0] }
    }

    /// The column of a node.
    func column(of node: NodeRef, in map: KMap) -> Int { columnOfNode[map.nodeIndex(node)] }

    /// The columns of phase `phase`.
    func columns(ofPhase phase: Int) -> Range<Int> { bandColumns[2 * phase + 1] }

    /// The column in the middle of a phase's band: where its header and "missing" boxes go.
    func middleColumn(ofPhase phase: Int) -> Int {
        let band = columns(ofPhase: phase)
        return band.lowerBound + (band.count - 1) / 2
    }

    /// The phase whose band holds `column`, nil for a repository column.
    func phase(ofColumn column: Int) -> Int? {
        bandColumns.firstIndex { $0.contains(column) }.flatMap { $0 % 2 == 1 ? ($0 - 1) / 2 : nil }
    }

    /// The band of every node: phase bands for activities; for a repository, the band after the
    /// latest phase feeding it, else before the earliest phase it feeds, else the middle one.
    private static func bands(map: KMap) -> [Int] {
        let phaseCount = map.framework.phases.count
        let middle = min(2 * ((phaseCount - 1) / 2) + 2, 2 * phaseCount)
        return (0..<map.nodeCount).map { node in
            if let phase = map.phase(of: map.node(at: node)) { return 2 * phase + 1 }
            let fedBy = map.predecessors(of: node).compactMap { map.phase(of: map.node(at: $0)) }
            if let latest = fedBy.max() { return 2 * latest + 2 }
            let feeds = map.successors(of: node).compactMap { map.phase(of: map.node(at: $0)) }
            if let earliest = feeds.min() { return 2 * earliest }
            return middle
        }
    }

    /// The depth of every node inside its band: the longest chain of flows inside the band that
    /// leads to it, ignoring the flows that close a cycle. Iterative, linear in nodes and flows.
    private static func depths(map: KMap, band: [Int]) -> [Int] {
        let count = map.nodeCount
        var state = Array(repeating: UInt8(0), count: count)  // 0 new, 1 on the walk, 2 done
        var closesCycle = Array(repeating: false, count: map.flows.count)
        var finished: [Int] = []
        finished.reserveCapacity(count)
        for root in 0..<count where state[root] == 0 {
            var stack: [(node: Int, next: Int)] = [(root, 0)]
            state[root] = 1
            while let top = stack.last {
                let outgoing = map.graph.outgoingFlows(of: top.node)
                if top.next == outgoing.count {
                    state[top.node] = 2
                    finished.append(top.node)
                    stack.removeLast()
                    continue
                }
                stack[stack.count - 1].next += 1
                let flow = outgoing[outgoing.startIndex + top.next]
                let target = map.nodeIndex(map.flows[flow].to)
                guard band[target] == band[top.node] else { continue }
                if state[target] == 1 {
                    closesCycle[flow] = true
                } else if state[target] == 0 {
                    state[target] = 1
                    stack.append((target, 0))
                }
            }
        }
        var depth = Array(repeating: 0, count: count)
        for node in finished.reversed() {
            for flow in map.graph.outgoingFlows(of: node) where !closesCycle[flow] {
                let target = map.nodeIndex(map.flows[flow].to)
                if band[target] == band[node] { depth[target] = max(depth[target], depth[node] + 1) }
            }
        }
        return depth
    }
}
