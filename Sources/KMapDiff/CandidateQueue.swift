/// An ordered list of candidates from which chosen ones are taken out, with the first free
/// candidate found in near-constant time (a "next free" forest with path compression), so that
/// scanning a few candidates never walks over many taken ones.
struct CandidateQueue {
    private var items: [Int] = []
    /// For each position, a position at or after it that may be free; `items.count` ends the list.
    private var next: [Int] = [0]
    /// Candidates not taken yet.
    private(set) var count = 0

    init(_ items: [Int] = []) {
        for item in items { append(item) }
    }

    mutating func append(_ item: Int) {
        items.append(item)
        next[items.count - 1] = items.count - 1
        next.append(items.count)
        count += 1
    }

    /// Takes and returns the first free candidate.
    mutating func takeFirst() -> Int? {
        let position = firstFree(from: 0)
        guard position < items.count else { return nil }
        take(position: position)
        return items[position]
    }

    /// The best-scoring of the first `limit` free candidates (the earliest among equals).
    mutating func best(limit: Int, score: (Int) -> Double) -> (position: Int, item: Int, score: Double)? {
        var best: (position: Int, item: Int, score: Double)?
        var position = firstFree(from: 0)
        var seen = 0
        while position < items.count, seen < limit {
            let value = score(items[position])
            if best == nil || value > (best?.score ?? 0) { best = (position, items[position], value) }
            seen += 1
            position = firstFree(from: position + 1)
        }
        return best
    }

    mutating func take(position: Int) {
        guard position < items.count, next[position] == position else { return }
        next[position] = position + 1
        count -= 1
    }

    /// The first free position at or after `start` (`items.count` when there is none).
    private mutating func firstFree(from start: Int) -> Int {
        var root = start
        while next[root] != root { root = next[root] }
        var node = start
        while node != root {
            let following = next[node]
            next[node] = root
            node = following
        }
        return root
    }
}
