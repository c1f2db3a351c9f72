/// Breadth-first search over dense node indices, without recursion. `enter` decides whether a node
/// is visited and records the visit (so that it returns false the next time): it is asked for each
/// start and for each successor of a visited node. O(visited nodes + their successor lists).
func breadthFirst(from starts: [Int], successors: (Int) -> [Int], enter: (Int) -> Bool) {
    var queue = starts.filter(enter)
    var head = 0
    while head < queue.count {
        let node = queue[head]
        head += 1
        for next in successors(node) where enter(next) { queue.append(next) }
    }
}
