import KMapModel

/// What can be reached from each state of a ``WaveStateSpace``, computed once for every wave.
///
/// The reachable states are grouped into strongly connected components (``StrongComponents``);
/// each component comes after every component it moves to, so one pass in that order combines a
/// component's own facts with the finished summaries of its successors. Every state and move is
/// handled a constant number of times: O(phases x (V + E)) for the whole map, however many waves.
struct WaveComponents {
    private(set) var space: WaveStateSpace
    private let components: StrongComponents
    /// The next state on a most complete path from each state, or -1 where the path ends.
    private var next: [Int]
    /// Per component: the phases of the activities it can reach, as bit words.
    private var reachedWords: [UInt64] = []
    private let wordsPerSet: Int
    /// Per component: the highest level a gapless walk reaches, or -1.
    private var gaplessLevel: [Int] = []
    /// Per component: whether it reaches a last-phase activity that flows back to generation.
    private var closesLoop: [Bool] = []
    /// Per component: the best reachable `level x 2 + (gapless ? 1 : 0)`; "most complete" maximises it.
    private var bestKey: [Int] = []
    /// Each node's position in id order: equally complete paths are chosen by id, so the path
    /// (and the findings anchored on it) does not depend on the order of the file.
    private let nodeRank: [Int]

    /// Explores everything reachable from `starts` in `space`. `loopsBack[activity]` says whether an activity
    /// has a path back to a generation activity; `nodeRank` orders the nodes by id.
    init(space: WaveStateSpace, starts: [Int], loopsBack: [Bool], nodeRank: [Int]) {
        self.nodeRank = nodeRank
        var space = space
        components = StrongComponents(from: starts, in: &space)
        self.space = space
        wordsPerSet = max(1, (space.phaseCount + 63) / 64)
        next = Array(repeating: -1, count: space.count)
        for index in 0..<components.count {
            summarise(index, loopsBack: loopsBack)
        }
    }

    /// The component of `state`, or nil when it was never explored.
    func componentOf(_ state: Int) -> Int? {
        state < components.component.count && components.component[state] >= 0 ? components.component[state] : nil
    }

    func reaches(_ component: Int, phase: Int) -> Bool {
        reachedWords[component * wordsPerSet + phase / 64] & (1 << UInt64(phase % 64)) != 0
    }

    func gaplessLevel(of component: Int) -> Int { gaplessLevel[component] }
    func closesLoop(_ component: Int) -> Bool { closesLoop[component] }
    func bestKey(of component: Int) -> Int { bestKey[component] }

    /// The links of every most complete path, for the ``WavePath`` of each wave. O(states).
    func pathLinks() -> WavePathLinks { WavePathLinks(next: next, space: space) }

    private mutating func summarise(_ index: Int, loopsBack: [Bool]) {
        let members = components.states(of: index)
        reachedWords.append(contentsOf: repeatElement(0, count: wordsPerSet))
        var gapless = -1
        var closes = false
        // The best own state, or the best move out of the component (a later exit must be better).
        var best = (key: -1, member: -1, exit: -1)
        for member in members {
            let (node, level, isGapless) = space.decode(member)
            if !space.graph.isRepository(node) {
                reachedWords[index * wordsPerSet + level / 64] |= 1 << UInt64(level % 64)
                let entry = space.graph.entryPhase[node]
                if entry >= 0, entry != level { reachedWords[index * wordsPerSet + entry / 64] |= 1 << UInt64(entry % 64) }
                if level == space.phaseCount - 1, loopsBack[node] { closes = true }
            }
            if isGapless { gapless = max(gapless, level) }
            let key = level * 2 + (isGapless ? 1 : 0)
            if isBetter((key, member, -1), than: best) { best = (key, member, -1) }
        }
        for member in members {
            let (node, level, isGapless) = space.decode(member)
            for position in space.graph.successorPositions(of: node) {
                guard let target = space.move(from: node, level: level, gapless: isGapless, along: position) else { continue }
                markPassedPhases(index, from: level, to: space.graph.successor(at: position), passing: space.passing(from: node, along: position))
                guard let other = componentOf(target), other != index else { continue }
                for word in 0..<wordsPerSet {
                    reachedWords[index * wordsPerSet + word] |= reachedWords[other * wordsPerSet + word]
                }
                gapless = max(gapless, gaplessLevel[other])
                closes = closes || closesLoop[other]
                if isBetter((bestKey[other], member, target), than: best) { best = (bestKey[other], member, target) }
            }
        }
        gaplessLevel.append(gapless)
        closesLoop.append(closes)
        bestKey.append(best.key)
        next[best.member] = best.exit
        if members.count > 1 { pointWithin(members, toward: best.member) }
    }

    /// Marks the phases a flow performs on its way from `level` to `target` as reached (see
    /// ``WaveStateSpace/passing(from:along:)``): looking knowledge up is how it reaches the people
    /// who use it, and a hand-over reaches people who were there when it was judged.
    private mutating func markPassedPhases(_ index: Int, from level: Int, to target: Int, passing: Set<Int>) {
        guard !passing.isEmpty, !space.graph.isRepository(target) else { return }
        let entry = space.graph.entryPhase[target]
        guard entry > level + 1 else { return }
        for phase in level + 1..<entry where passing.contains(phase) {
            reachedWords[index * wordsPerSet + phase / 64] |= 1 << UInt64(phase % 64)
        }
    }

    /// Whether a path through `candidate` (a member and the state it exits to, or -1 to stay)
    /// beats `current`: a higher key wins; on equal keys staying beats exiting, then the states
    /// first in id order win.
    private func isBetter(_ candidate: (key: Int, member: Int, exit: Int), than current: (key: Int, member: Int, exit: Int)) -> Bool {
        if candidate.key != current.key { return candidate.key > current.key }
        guard current.member >= 0 else { return false }
        if (candidate.exit < 0) != (current.exit < 0) { return candidate.exit < 0 }
        if rank(candidate.member) != rank(current.member) { return rank(candidate.member) < rank(current.member) }
        return rank(candidate.exit) < rank(current.exit)
    }

    /// A state's place in id order: its node's rank, then level, gapless first.
    private func rank(_ state: Int) -> (Int, Int, Int) {
        guard state >= 0 else { return (-1, -1, -1) }
        let (node, level, gapless) = space.decode(state)
        return (nodeRank[node], level, gapless ? 0 : 1)
    }

    /// Points every other member of a component one step closer to `target` (breadth-first search
    /// backwards inside the component), so a path never loops.
    private mutating func pointWithin(_ members: ArraySlice<Int>, toward target: Int) {
        var local: [Int: Int] = [:]
        for (position, member) in members.enumerated() { local[member] = position }
        var predecessors = Array(repeating: [Int](), count: members.count)
        for member in members {
            let (node, level, gapless) = space.decode(member)
            for position in space.graph.successorPositions(of: node) {
                guard let successor = space.move(from: node, level: level, gapless: gapless, along: position),
                      let position = local[successor] else { continue }
                predecessors[position].append(member)
            }
        }
        for position in predecessors.indices { predecessors[position].sort { rank($0) < rank($1) } }
        var seen = Array(repeating: false, count: members.count)
        var queue = [target]
        if let position = local[target] { seen[position] = true }
        var head = 0
        while head < queue.count {
            let current = queue[head]
            head += 1
            guard let position = local[current] else { continue }
            for previous in predecessors[position] {
                guard let previousPosition = local[previous], !seen[previousPosition] else { continue }
                seen[previousPosition] = true
                next[previous] = current
                queue.append(previous)
            }
        }
    }
}
