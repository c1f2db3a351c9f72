/// The strongly connected components of the part of a ``WaveStateSpace`` reachable from some
/// start states, found with an iterative version of Tarjan's algorithm (no recursion, so graph
/// depth never touches the call stack). O(states + moves).
struct StrongComponents {
    /// Members of every component, component after component, in the order Tarjan finishes them:
    /// a component comes after every component it can move to.
    private(set) var members: [Int] = []
    /// `members[bounds[c] ..< bounds[c + 1]]` are the states of component `c`.
    private(set) var bounds: [Int] = [0]
    /// The component of each state, or -1 when unreachable.
    private(set) var component: [Int] = []

    var count: Int { bounds.count - 1 }

    /// The states of component `index`.
    func states(of index: Int) -> ArraySlice<Int> { members[bounds[index]..<bounds[index + 1]] }

    init(from starts: [Int], in space: inout WaveStateSpace) {
        var search = TarjanSearch(stateCount: space.count)
        for start in starts where start < search.order.count && search.order[start] < 0 {
            search.run(from: start, in: &space, finishing: &self)
        }
        component = search.component
    }

    fileprivate mutating func append(_ states: [Int]) {
        members += states
        bounds.append(members.count)
    }
}

/// The working arrays of one Tarjan search. A frame is a state being visited and the positions of
/// its remaining flows in the ``FlowGraph``.
private struct TarjanSearch {
    var order: [Int]
    var low: [Int]
    var onStack: [Bool]
    var component: [Int]
    var stack: [Int] = []
    var frames: [(state: Int, node: Int, level: Int, gapless: Bool, next: Int, end: Int)] = []
    var counter = 0

    init(stateCount: Int) {
        order = Array(repeating: -1, count: stateCount)
        low = order
        component = order
        onStack = Array(repeating: false, count: stateCount)
    }

    mutating func run(from start: Int, in space: inout WaveStateSpace, finishing components: inout StrongComponents) {
        enter(start, space: space)
        while let frame = frames.last {
            if frame.next < frame.end {
                frames[frames.count - 1].next += 1
                guard let state = space.move(from: frame.node, level: frame.level, gapless: frame.gapless, along: frame.next) else { continue }
                if state >= order.count { grow(to: space.count) }
                if order[state] < 0 {
                    enter(state, space: space)
                } else if onStack[state] {
                    low[frame.state] = min(low[frame.state], order[state])
                }
                continue
            }
            frames.removeLast()
            if let parent = frames.last { low[parent.state] = min(low[parent.state], low[frame.state]) }
            guard low[frame.state] == order[frame.state] else { continue }
            var finished: [Int] = []
            while let member = stack.popLast() {
                onStack[member] = false
                component[member] = components.count
                finished.append(member)
                if member == frame.state { break }
            }
            components.append(finished)
        }
    }

    private mutating func enter(_ state: Int, space: WaveStateSpace) {
        order[state] = counter
        low[state] = counter
        counter += 1
        stack.append(state)
        onStack[state] = true
        let (node, level, gapless) = space.decode(state)
        let positions = space.graph.successorPositions(of: node)
        frames.append((state, node, level, gapless, positions.lowerBound, positions.upperBound))
    }

    private mutating func grow(to size: Int) {
        let extra = size - order.count
        order.append(contentsOf: repeatElement(-1, count: extra))
        low.append(contentsOf: repeatElement(-1, count: extra))
        component.append(contentsOf: repeatElement(-1, count: extra))
        onStack.append(contentsOf: repeatElement(false, count: extra))
    }
}
