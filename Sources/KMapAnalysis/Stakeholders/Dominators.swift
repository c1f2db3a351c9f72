/// Immediate dominators in a ``RouteGraph`` from its root, for one source group at a time. Node
/// `d` dominates `n` when every path from the root to `n` passes through `d`.
///
/// The Semi-NCA algorithm (Georgiadis, "Linear-Time Algorithms for Dominators and Related
/// Problems", 2005): one depth-first search numbers the reached nodes in preorder, one backward
/// pass finds each node's semidominator through a forest with path compression, and one forward
/// pass walks the search tree up to the nearest common ancestor. Unlike the iterative algorithm
/// it replaces, it reads each edge once, however deeply the graph's cycles nest. The arrays
/// indexed by node are reused between source groups and reset only where the previous solve
/// reached; the walks read the graph's compressed adjacency by position, in local arrays.
struct Dominators {
    private let graph: RouteGraph
    /// Preorder number per node, -1 when the last solve did not reach it.
    private var preorder: [Int]
    /// Immediate dominator per node, -1 when the last solve did not reach it (the root's is itself).
    private var immediate: [Int]
    /// The nodes reached by the last solve, in preorder (the root first).
    private var reached: [Int] = []

    init(graph: RouteGraph) {
        self.graph = graph
        preorder = Array(repeating: -1, count: graph.nodeCount)
        immediate = Array(repeating: -1, count: graph.nodeCount)
    }

    /// Computes the dominators of every node reachable from the members of `sourceGroup`.
    mutating func solve(fromGroup sourceGroup: Int) {
        var preorder = take(&self.preorder)
        var immediate = take(&self.immediate)
        for node in reached {
            preorder[node] = -1
            immediate[node] = -1
        }
        let search = preorder.withUnsafeMutableBufferPointer { Self.depthFirstSearch(graph, from: sourceGroup, numbering: $0) }
        let (vertex, parent) = (search.vertex, search.parent)
        let semi = Self.semidominators(graph, vertex: vertex, parent: parent, preorder: preorder, sourceGroup: sourceGroup)
        // Nearest common ancestors, in preorder: a node's dominator is the deepest ancestor of
        // its parent whose number is at most its semidominator's.
        var dominator = parent
        for number in vertex.indices.dropFirst() {
            var candidate = dominator[number]
            while candidate > semi[number] { candidate = dominator[candidate] }
            dominator[number] = candidate
        }
        immediate[graph.root] = graph.root
        for number in vertex.indices.dropFirst() { immediate[vertex[number]] = vertex[dominator[number]] }
        reached = vertex
        self.preorder = preorder
        self.immediate = immediate
    }

    /// Whether the last solve reached `node`.
    func isReached(_ node: Int) -> Bool { preorder[node] >= 0 }

    /// The nodes other than the root and `node` that every path from the root to `node` passes
    /// through, nearest first.
    func strictDominators(of node: Int) -> [Int] {
        var chain: [Int] = []
        var current = immediate[node]
        while current >= 0, current != graph.root {
            chain.append(current)
            current = immediate[current]
        }
        return chain
    }

    /// Moves an array out of the state, so that it is changed in place, not copied.
    private func take(_ array: inout [Int]) -> [Int] {
        defer { array = [] }
        return array
    }

    /// Iterative depth-first search from the root: numbers the nodes it reaches in preorder and
    /// returns them in that order (`vertex`), with each one's parent in the search tree, by number.
    private static func depthFirstSearch(
        _ graph: RouteGraph, from sourceGroup: Int, numbering preorder: UnsafeMutableBufferPointer<Int>
    ) -> (vertex: [Int], parent: [Int]) {
        let (offsets, targets, root) = (graph.offsets, graph.targets, graph.root)
        let members = graph.groupMembers[sourceGroup]
        var vertex = [root]
        var parent = [0]
        preorder[root] = 0
        // Each frame: a node's number, the position of its next successor to try and the end of
        // them (the root's successors are the source group's members, the others' in `targets`).
        // Every node is on the stack at most once: a buffer of one frame per node never overflows.
        let stack = UnsafeMutableBufferPointer<(number: Int, next: Int, end: Int)>.allocate(capacity: graph.nodeCount + 1)
        defer { stack.deallocate() }
        stack[0] = (0, 0, members.count)
        var height = 1
        while height > 0 {
            let top = stack[height - 1]
            guard top.next < top.end else {
                height -= 1
                continue
            }
            stack[height - 1].next = top.next + 1
            let next = top.number == 0 ? members[top.next] : targets[top.next]
            guard preorder[next] < 0 else { continue }
            preorder[next] = vertex.count
            stack[height] = (vertex.count, offsets[next], offsets[next + 1])
            height += 1
            vertex.append(next)
            parent.append(top.number)
        }
        return (vertex, parent)
    }

    /// Each reached node's semidominator, by preorder number: the smallest number from which a
    /// path reaches the node through nodes numbered above it. Nodes are taken from the last
    /// number down and linked to their parents in a forest that ``Forest/evaluate(_:)`` compresses.
    private static func semidominators(
        _ graph: RouteGraph, vertex: [Int], parent: [Int], preorder: [Int], sourceGroup: Int
    ) -> [Int] {
        let (offsets, sources) = (graph.reverseOffsets, graph.sources)
        let (stakeholderCount, groupOf) = (graph.stakeholderCount, graph.groupOfStakeholder)
        var forest = Forest(count: vertex.count)
        defer { forest.deallocate() }
        for number in vertex.indices.dropFirst().reversed() {
            let node = vertex[number]
            // The root leads straight to the source group's members.
            var lowest = node < stakeholderCount && groupOf[node] == sourceGroup ? 0 : number
            for position in offsets[node]..<offsets[node + 1] {
                let from = preorder[sources[position]]
                guard from >= 0 else { continue }
                lowest = min(lowest, forest.semi[forest.evaluate(from)])
            }
            forest.semi[number] = lowest
            forest.ancestor[number] = parent[number]
        }
        return Array(forest.semi)
    }

    /// The forest of nodes already given their semidominators, in buffers of its own: the
    /// backward pass evaluates one path per edge, and array accesses there would check
    /// uniqueness and bounds at every step.
    private struct Forest {
        /// Semidominator per number (the number itself until known).
        let semi: UnsafeMutableBufferPointer<Int>
        /// The number on the path up from each number with the smallest semidominator.
        let label: UnsafeMutableBufferPointer<Int>
        /// Parent in the forest, -1 for a tree's root (a node not linked yet).
        let ancestor: UnsafeMutableBufferPointer<Int>
        /// The path being compressed.
        private let path: UnsafeMutableBufferPointer<Int>

        init(count: Int) {
            semi = .allocate(capacity: count)
            label = .allocate(capacity: count)
            ancestor = .allocate(capacity: count)
            path = .allocate(capacity: count)
            for number in 0..<count {
                semi[number] = number
                label[number] = number
            }
            ancestor.initialize(repeating: -1)
        }

        func deallocate() {
            for buffer in [semi, label, ancestor, path] { buffer.deallocate() }
        }

        /// The number with the smallest semidominator on the forest path from `number` up to
        /// (not including) its tree's root, compressing the path on the way; iterative, so no
        /// path is too long.
        func evaluate(_ number: Int) -> Int {
            guard ancestor[number] >= 0 else { return number }
            var current = number
            var depth = 0
            while ancestor[ancestor[current]] >= 0 {
                path[depth] = current
                depth += 1
                current = ancestor[current]
            }
            while depth > 0 {
                depth -= 1
                let node = path[depth]
                let up = ancestor[node]
                if semi[label[up]] < semi[label[node]] { label[node] = label[up] }
                ancestor[node] = ancestor[up]
            }
            return label[number]
        }
    }
}
