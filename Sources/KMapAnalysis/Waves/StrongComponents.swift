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
        var order: [Int] = Array(repeating: -1, count: space.count)
        var low: [Int] = order
        var onStack: [Bool] = Array(repeating: false, count: space.count)
        component = order
        var stack: [Int] = []
        var frames: [(state: Int, flows: [Int], position: Int)] = []
        var counter = 0

        func grow(to size: Int) {
            guard size > order.count else { return }
            let extra = size - order.count
            order.append(contentsOf: repeatElement(-1, count: extra))
            low.append(contentsOf: repeatElement(-1, count: extra))
            onStack.append(contentsOf: repeatElement(false, count: extra))
            component.append(contentsOf: repeatElement(-1, count: extra))
        }
        func enter(_ state: Int) {
            order[state] = counter
            low[state] = counter
            counter += 1
            stack.append(state)
            onStack[state] = true
            frames.append((state, space.flows(from: state), 0))
        }

        for start in starts where start < order.count && order[start] < 0 {
            enter(start)
            while let frame = frames.last {
                if frame.position < frame.flows.count {
                    frames[frames.count - 1].position += 1
                    guard let target = space.move(from: frame.state, along: frame.flows[frame.position]) else { continue }
                    grow(to: space.count)
                    if order[target] < 0 {
                        enter(target)
                    } else if onStack[target] {
                        low[frame.state] = min(low[frame.state], order[target])
                    }
                    continue
                }
                frames.removeLast()
                if let parent = frames.last { low[parent.state] = min(low[parent.state], low[frame.state]) }
                guard low[frame.state] == order[frame.state] else { continue }
                let index = count
                while let member = stack.popLast() {
                    onStack[member] = false
                    component[member] = index
                    members.append(member)
                    if member == frame.state { break }
                }
                bounds.append(members.count)
            }
        }
    }
}
