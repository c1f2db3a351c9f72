/// SplitMix64: a tiny, fast pseudo-random generator whose output depends only on its seed, so a
/// generated map is byte-for-byte the same on every machine and every Swift version (the standard
/// library's generator is neither seedable nor stable across releases).
public struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// A generator whose sequence is fixed by `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// The next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// A number in `0 ..< bound` (`bound` must be positive). The tiny modulo bias does not
    /// matter for generating test data.
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// True with probability `probability`.
    public mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) * 0x1.0p-53 < probability
    }

    /// A uniformly chosen element of a non-empty array.
    public mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// SplitMix64's finaliser: scrambles 64 bits so that nearby inputs give unrelated outputs.
    /// Used on its own as a stateless hash, so that a decision about one activity can be
    /// recomputed anywhere from the activity's number alone.
    public static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A stateless draw in `[0, 1)` for the pair (`seed`, `key`).
    public static func unit(seed: UInt64, key: UInt64) -> Double {
        Double(mix(seed ^ mix(key)) >> 11) * 0x1.0p-53
    }
}
