/// The 64-bit FNV-1a hash, spelt as 16 lowercase hex digits: a short, stable name for a text
/// that needs no cryptographic strength (the studio's content versions, SARIF fingerprints).
public enum FNVHash {
    /// The hash of `bytes`, zero-padded to 16 hex digits.
    public static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
