/// Immediate dominators in a ``RouteGraph`` from its root, for one source group at a time
/// (Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm", 2001). Node `d` dominates
/// `n` when every path from the root to `n` passes through `d`. The working arrays are reused
/// between source groups and reset only where the previous solve reached.
///
/// The walks read the graph's compressed adjacency by position, in local arrays: a slice per
/// visit would retain and release the adjacency on every edge.
struct Dominators {
    private let graph: RouteGraph
    /// Postorder number per node, -1 when the last solve did not reach it.
    private var postorder: [Int]
    /// Immediate dominator per node, -1 while unknown.
    private var immediate: [Int]
    /// The nodes reached by the last solve, in reverse postorder (the root first).
    private var reached: [Int] = []
    /// Marks a node the search has entered but not yet numbered.
    private static let onPath = -2

    init(graph: RouteGraph) {
        self.graph = graph
        postorder = Array(repeating: -1, count: graph.nodeCount)
        immediate = Array(repeating: -1, count: graph.nodeCount)
    }

    /// Computes the dominators of every node reachable from the members of `sourceGroup`.
    mutating func solve(fromGroup sourceGroup: Int) {
        var postorder = take(&self.postorder)
        var immediate = take(&self.immediate)
        for node in reached {
            postorder[node] = -1
            immediate[node] = -1
        }
        reached = Self.depthFirstPostorder(graph, from: sourceGroup, numbering: &postorder).reversed()
        let (root, reached) = (graph.root, reached)
        let (offsets, sources) = (graph.reverseOffsets, graph.sources)
        let (stakeholderCount, groupOf) = (graph.stakeholderCount, graph.groupOfStakeholder)
        immediate[root] = root
        var changed = true
        while changed {
            changed = false
            for node in reached where node != root {
                // The root leads straight to the source group's members.
                var candidate = node < stakeholderCount && groupOf[node] == sourceGroup ? root : -1
                for position in offsets[node]..<offsets[node + 1] {
                    let predecessor = sources[position]
                    guard immediate[predecessor] >= 0 else { continue }
                    candidate = candidate < 0 ? predecessor
                        : Self.intersect(predecessor, candidate, postorder: postorder, immediate: immediate)
                }
                if candidate >= 0, immediate[node] != candidate {
                    immediate[node] = candidate
                    changed = true
                }
            }
        }
        self.postorder = postorder
        self.immediate = immediate
    }

    /// Whether the last solve reached `node`.
    func isReached(_ node: Int) -> Bool { postorder[node] >= 0 }

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

    private static func intersect(_ first: Int, _ second: Int, postorder: [Int], immediate: [Int]) -> Int {
        var (a, b) = (first, second)
        while a != b {
            while postorder[a] < postorder[b] { a = immediate[a] }
            while postorder[b] < postorder[a] { b = immediate[b] }
        }
        return a
    }

    /// Iterative depth-first search from the root; numbers nodes in postorder and returns them in it.
    private static func depthFirstPostorder(_ graph: RouteGraph, from sourceGroup: Int, numbering postorder: inout [Int]) -> [Int] {
        let (offsets, targets, root) = (graph.offsets, graph.targets, graph.root)
        let members = graph.groupMembers[sourceGroup]
        var order: [Int] = []
        // Each frame: a node, the position of its next successor to try and the end of them (the
        // root's successors are the source group's members, the others' in ``RouteGraph/targets``).
        var stack: [(node: Int, next: Int, end: Int)] = [(root, 0, members.count)]
        postorder[root] = onPath
        while let top = stack.last {
            if top.next < top.end {
                stack[stack.count - 1].next += 1
                let next = top.node == root ? members[top.next] : targets[top.next]
                if postorder[next] == -1 {
                    postorder[next] = onPath
                    stack.append((next, offsets[next], offsets[next + 1]))
                }
            } else {
                stack.removeLast()
                postorder[top.node] = order.count
                order.append(top.node)
            }
        }
        return order
    }
}
