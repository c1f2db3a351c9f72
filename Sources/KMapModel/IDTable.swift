/// Ids mapped to values: an open-addressing table hashed with FNV-1a over the ids' UTF-8 bytes.
///
/// The resolver looks up every id of a map, most of them more than once (each flow step, each
/// `by` and `for`). A `Dictionary` hashes a `String` with SipHash through `Hasher`, several times
/// the work of FNV-1a on a short id; the hash of each entry is kept, so a probe compares text only
/// when the hashes agree, and growing never hashes again. Entries are never removed.
struct IDTable<Value> {
    private var keys: [String] = []
    private var values: [Value] = []
    private var hashes: [UInt64] = []
    /// An entry's position plus one, or 0 for an empty slot. The count is a power of two and the
    /// table is kept at most half full, so probes stay short.
    private var slots = [Int32](repeating: 0, count: 16)

    /// How many ids the table holds.
    var count: Int { keys.count }

    /// Makes room for `capacity` ids without growing again.
    mutating func reserveCapacity(_ capacity: Int) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
        hashes.reserveCapacity(capacity)
        var size = slots.count
        while size < capacity * 2 { size *= 2 }
        if size > slots.count { rebuild(size: size) }
    }

    /// The value of `key`, if it is in the table.
    subscript(key: String) -> Value? {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { return nil }
            if hashes[entry] == hash, keys[entry] == key { return values[entry] }
            slot = (slot + 1) & mask
        }
    }

    /// Adds `key` with `value` unless the key is already there; returns the value it already had
    /// (and then leaves it as it is), or nil when the key was added.
    mutating func insert(_ key: String, _ value: Value) -> Value? {
        let hash = Self.hash(key)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let entry = Int(slots[slot]) - 1
            if entry < 0 { break }
            if hashes[entry] == hash, keys[entry] == key { return values[entry] }
            slot = (slot + 1) & mask
        }
        precondition(keys.count < Int(Int32.max), "too many ids")
        keys.append(key)
        values.append(value)
        hashes.append(hash)
        slots[slot] = Int32(keys.count)
        if keys.count * 2 > slots.count { rebuild(size: slots.count * 2) }
        return nil
    }

    private mutating func rebuild(size: Int) {
        var rebuilt = [Int32](repeating: 0, count: size)
        let mask = size - 1
        for entry in hashes.indices {
            var slot = Int(truncatingIfNeeded: hashes[entry]) & mask
            while rebuilt[slot] != 0 { slot = (slot + 1) & mask }
            rebuilt[slot] = Int32(entry + 1)
        }
        slots = rebuilt
    }

    /// FNV-1a over the UTF-8 bytes, its high half folded into the low bits the slots are taken from.
    static func hash(_ key: String) -> UInt64 {
        func fnv<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64 {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            return hash ^ (hash >> 29)
        }
        return key.utf8.withContiguousStorageIfAvailable(fnv) ?? fnv(key.utf8)
    }
}

/// A set of non-negative integers: open addressing with Fibonacci hashing, which spreads
/// consecutive numbers (the resolver's node pairs) over the table without a `Hasher`.
struct IntegerSet {
    /// A member plus one, or 0 for an empty slot; a power of two, kept at most half full.
    private var slots = [Int](repeating: 0, count: 16)
    private var count = 0

    /// Makes room for `capacity` members without growing again.
    mutating func reserveCapacity(_ capacity: Int) {
        var size = slots.count
        while size < capacity * 2 { size *= 2 }
        if size > slots.count { rebuild(size: size) }
    }

    /// Adds `member` (>= 0); false when it was already there.
    mutating func insert(_ member: Int) -> Bool {
        precondition(member >= 0, "IntegerSet holds non-negative integers")
        var slot = Self.slot(of: member, mask: slots.count - 1)
        while slots[slot] != 0 {
            if slots[slot] == member + 1 { return false }
            slot = (slot + 1) & (slots.count - 1)
        }
        slots[slot] = member + 1
        count += 1
        if count * 2 > slots.count { rebuild(size: slots.count * 2) }
        return true
    }

    private mutating func rebuild(size: Int) {
        var rebuilt = [Int](repeating: 0, count: size)
        for stored in slots where stored != 0 {
            var slot = Self.slot(of: stored - 1, mask: size - 1)
            while rebuilt[slot] != 0 { slot = (slot + 1) & (size - 1) }
            rebuilt[slot] = stored
        }
        slots = rebuilt
    }

    private static func slot(of member: Int, mask: Int) -> Int {
        Int(truncatingIfNeeded: (UInt64(truncatingIfNeeded: member) &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
