/// Counting and classifying the scalars of valid UTF-8 bytes without decoding them into a
/// `String`, for ``LabelFitting``'s wrapping of text whose every scalar is a character.
enum UTF8Scalars {
    typealias Bytes = Slice<UnsafeBufferPointer<UInt8>>

    /// How many scalars `bytes` hold: the bytes that are not continuation bytes.
    static func count(_ bytes: Bytes) -> Int {
        var count = 0
        for byte in bytes where !isContinuation(byte) { count += 1 }
        return count
    }

    /// The index in `bytes` after their first `scalars` scalars (the end when there are fewer).
    static func end(of bytes: Bytes, after scalars: Int) -> Int {
        var seen = 0
        for index in bytes.indices where !isContinuation(bytes[index]) {
            if seen == scalars { return index }
            seen += 1
        }
        return bytes.endIndex
    }

    /// Whether each of the first `limit` scalars of `bytes` is a character of its own whatever
    /// surrounds it: printable Latin (ASCII, Latin-1, Latin Extended, IPA, spacing modifiers) and
    /// arrows; no combining mark, joiner or script with clusters is among them.
    static func areOwnCharacters(_ bytes: Bytes, upTo limit: Int) -> Bool {
        var index = bytes.startIndex
        var seen = 0
        while index < bytes.endIndex, seen < limit {
            let lead = bytes[index]
            let length = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
            var value = length == 1 ? UInt32(lead) : UInt32(lead) & (0x7F >> UInt32(length))
            for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
            switch value {
            case 0x20...0x7E, 0xA0...0x2FF, 0x2190...0x21FF: break
            default: return false
            }
            index += length
            seen += 1
        }
        return true
    }

    private static func isContinuation(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }
}
