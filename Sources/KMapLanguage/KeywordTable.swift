/// The attribute keywords in an open-addressing table indexed by their length and first and last
/// bytes, read from a token's bytes: the parser looks up every attribute of a map, and hashing a
/// new `String` per attribute was most of the cost. A match returns the keyword's own `String`, so
/// no text is decoded for it either.
struct KeywordTable {
    private struct Entry {
        var name: String
        var bytes: [UInt8]
        var shape: AttributeShape
    }

    private let entries: [Entry]
    /// An entry's position, or -1 for an empty slot; a power of two, under half full.
    private let slots: [Int]

    /// The table of the language's attribute keywords.
    static let attributes = KeywordTable(AttributeGrammar.shapes)

    init(_ shapes: [String: AttributeShape]) {
        let entries = shapes.keys.sorted().map { Entry(name: $0, bytes: Array($0.utf8), shape: shapes[$0]!) }
        var size = 16
        while size < entries.count * 2 { size *= 2 }
        var slots = Array(repeating: -1, count: size)
        for (position, entry) in entries.enumerated() {
            var slot = entry.bytes.withUnsafeBufferPointer { Self.hash($0) } & (size - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = position
        }
        self.entries = entries
        self.slots = slots
    }

    /// The keyword spelt by `bytes`, as the table's own string, with the shape of its value.
    func keyword(spelledBy bytes: UnsafeBufferPointer<UInt8>) -> (name: String, shape: AttributeShape)? {
        guard !bytes.isEmpty else { return nil }
        let mask = slots.count - 1
        var slot = Self.hash(bytes) & mask
        while slots[slot] >= 0 {
            let entry = entries[slots[slot]]
            if entry.bytes.elementsEqual(bytes) { return (entry.name, entry.shape) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        guard let first = bytes.first, let last = bytes.last else { return 0 }
        return bytes.count &* 31 &+ Int(first) &* 7 &+ Int(last)
    }
}
