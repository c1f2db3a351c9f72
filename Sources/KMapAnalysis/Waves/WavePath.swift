import KMapModel

/// The nodes of a wave's most complete path, read on demand from successor links that every
/// wave shares (``WavePathLinks``). Waves that run into the same tail share it instead of each
/// holding a copy: 200,000 generation activities at the head of one 800,000-step chain would
/// otherwise need 160 billion path entries.
///
/// Iterating costs the path's length; ``lastActivity`` and ``gap(at:)`` cost at most one step per
/// phase, whatever the length.
public struct WavePath: Sequence, Hashable, Sendable {
    let links: WavePathLinks
    /// The state the path starts at.
    let first: Int

    public func makeIterator() -> Iterator { Iterator(links: links, state: first) }

    /// Walks the successor links; stops after as many steps as there are states, so a broken
    /// link can never make it loop.
    public struct Iterator: IteratorProtocol {
        let links: WavePathLinks
        var state: Int
        var steps = 0

        public mutating func next() -> NodeRef? {
            guard state >= 0, steps < links.next.count else { return nil }
            let node = links.ref(of: state)
            state = links.next[state]
            steps += 1
            return node
        }
    }

    /// The last activity on the path, if any.
    var lastActivity: Int? {
        var last: Int?
        var run = first
        while run >= 0 {
            if links.runLastActivity[run] >= 0 { last = links.node(of: Int(links.runLastActivity[run])) }
            run = Int(links.rise[run])
        }
        return last
    }

    /// Where the path stands with respect to a phase it never reaches: the last activity before
    /// it (nil when the path starts past it) and, when the path jumps over it, the step before the
    /// jump and the step after.
    func gap(at phase: Int) -> (anchor: Int?, jump: (from: NodeRef, to: NodeRef)?) {
        var anchor: Int?
        var previous: Int?
        var run = first
        while run >= 0 {
            let level = links.level(of: run)
            if level > phase {
                return (anchor, previous.map { (links.ref(of: $0), links.ref(of: run)) })
            }
            if level < phase, links.runLastActivity[run] >= 0 {
                anchor = links.node(of: Int(links.runLastActivity[run]))
            }
            previous = Int(links.beforeRise[run])
            run = Int(links.rise[run])
        }
        return (anchor, nil)
    }

    public static func == (lhs: WavePath, rhs: WavePath) -> Bool { lhs.elementsEqual(rhs) }

    public func hash(into hasher: inout Hasher) {
        for node in self { hasher.combine(node) }
    }
}

/// The successor links of every most complete path (one per state of a ``WaveStateSpace``), cut
/// into runs of one level: the path from a state stays at its level until ``rise``.
final class WavePathLinks: Sendable {
    /// The next state on the path from each state, or -1 where the path ends.
    let next: [Int]
    /// The first later state on the path at a higher level, or -1.
    let rise: [Int32]
    /// The last state of the run, just before ``rise`` (or the path's end).
    let beforeRise: [Int32]
    /// The last activity state of the run, or -1 when the run holds only repositories.
    let runLastActivity: [Int32]
    private let space: WaveStateSpace

    /// Links `next` (indexed by the states of `space`) and cuts every path into runs, each state
    /// once: a state's run facts follow from its successor's, which are settled first.
    init(next: [Int], space: WaveStateSpace) {
        self.next = next
        self.space = space
        var rise = [Int32](repeating: -2, count: next.count)
        var beforeRise = [Int32](repeating: -1, count: next.count)
        var runLast = [Int32](repeating: -1, count: next.count)
        var trail: [Int] = []
        for start in next.indices where rise[start] == -2 {
            var state = start
            while state >= 0, rise[state] == -2 {
                trail.append(state)
                rise[state] = -3 // on the trail: a loop in the links ends the walk here
                state = next[state]
            }
            while let state = trail.popLast() {
                let successor = next[state]
                let isActivity = !space.graph.isRepository(space.decode(state).node)
                if successor < 0 || rise[successor] == -3 || space.decode(successor).level > space.decode(state).level {
                    rise[state] = successor < 0 || rise[successor] == -3 ? -1 : Int32(successor)
                    beforeRise[state] = Int32(state)
                    runLast[state] = isActivity ? Int32(state) : -1
                } else {
                    rise[state] = rise[successor]
                    beforeRise[state] = beforeRise[successor]
                    runLast[state] = runLast[successor] >= 0 || !isActivity ? runLast[successor] : Int32(state)
                }
            }
        }
        self.rise = rise
        self.beforeRise = beforeRise
        runLastActivity = runLast
    }

    func level(of state: Int) -> Int { space.decode(state).level }
    func node(of state: Int) -> Int { space.decode(state).node }
    func ref(of state: Int) -> NodeRef { space.ref(space.decode(state).node) }
}
