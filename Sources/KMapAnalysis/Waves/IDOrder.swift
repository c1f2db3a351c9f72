import KMapModel

/// The nodes of a map ranked by id, for the waves' tie-breaks (``WaveComponents``).
///
/// Ids are ASCII (`[A-Za-z_][A-Za-z0-9_-]*`), so their order as strings is the order of their
/// bytes. Each id's first sixteen bytes are packed, most significant first, into two integers
/// that compare in that order; two ids are compared as strings only when those agree, so
/// sorting a large map's ids compares integers, not strings, almost every time.
enum IDOrder {
    /// Per node (``KMap/node(at:)``), its position among the map's nodes sorted by id.
    static func nodeRanks(of map: KMap) -> [Int] {
        let ids = (0..<map.nodeCount).map { map.id(of: map.node(at: $0)) }
        // The keys sort beside their nodes: comparisons read neighbouring memory, not two arrays
        // at random positions.
        var order = ids.indices.map { (key: prefixKey(ids[$0]), node: $0) }
        order.sort { $0.key != $1.key ? $0.key < $1.key : ids[$0.node] < ids[$1.node] }
        var ranks = Array(repeating: 0, count: ids.count)
        for (rank, entry) in order.enumerated() { ranks[entry.node] = rank }
        return ranks
    }

    /// The first sixteen bytes of `id`, zero-padded: a shorter id sorts before the ids it begins.
    static func prefixKey(_ id: String) -> PrefixKey {
        var key = PrefixKey(high: 0, low: 0)
        var shift: UInt64 = 120
        for byte in id.utf8 {
            if shift >= 64 {
                key.high |= UInt64(byte) << (shift - 64)
            } else {
                key.low |= UInt64(byte) << shift
            }
            guard shift > 0 else { break }
            shift -= 8
        }
        return key
    }

    /// Sixteen bytes as two integers, compared most significant first.
    struct PrefixKey: Comparable {
        var high: UInt64
        var low: UInt64

        static func < (lhs: PrefixKey, rhs: PrefixKey) -> Bool {
            lhs.high != rhs.high ? lhs.high < rhs.high : lhs.low < rhs.low
        }
    }
}
