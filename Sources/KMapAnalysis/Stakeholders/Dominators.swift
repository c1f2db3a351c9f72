/// Immediate dominators in a ``RouteGraph`` from its root, for one source group at a time
/// (Cooper, Harvey and Kennedy, "A Simple, Fast Dominance Algorithm", 2001). Node `d` dominates
/// `n` when every path from the root to `n` passes through `d`. The working arrays are reused
/// between source groups and reset only where the previous solve reached.
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
        for node in reached {
            postorder[node] = -1
            immediate[node] = -1
        }
        reached = depthFirstPostorder(from: sourceGroup).reversed()
        let root = graph.root
        immediate[root] = root
        var changed = true
        while changed {
            changed = false
            for node in reached where node != root {
                var candidate = graph.isRootSuccessor(node, sourceGroup: sourceGroup) ? root : -1
                for predecessor in graph.predecessors(of: node) where immediate[predecessor] >= 0 {
                    candidate = candidate < 0 ? predecessor : intersect(predecessor, candidate)
                }
                if candidate >= 0, immediate[node] != candidate {
                    immediate[node] = candidate
                    changed = true
                }
            }
        }
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

    private func intersect(_ first: Int, _ second: Int) -> Int {
        var (a, b) = (first, second)
        while a != b {
            while postorder[a] < postorder[b] { a = immediate[a] }
            while postorder[b] < postorder[a] { b = immediate[b] }
        }
        return a
    }

    /// Iterative depth-first search from the root; numbers nodes in postorder and returns them in it.
    private mutating func depthFirstPostorder(from sourceGroup: Int) -> [Int] {
        var order: [Int] = []
        var stack: [(node: Int, next: Int)] = [(graph.root, 0)]
        postorder[graph.root] = Self.onPath
        while let top = stack.last {
            let successors = graph.successors(of: top.node, sourceGroup: sourceGroup)
            if top.next < successors.count {
                stack[stack.count - 1].next += 1
                let next = successors[successors.startIndex + top.next]
                if postorder[next] == -1 {
                    postorder[next] = Self.onPath
                    stack.append((next, 0))
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
