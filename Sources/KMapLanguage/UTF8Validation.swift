/// Checks that a file is UTF-8 and finds where it stops being so, for the E001 message.
///
/// Follows the Unicode definition used by the standard library: no overlong forms, no
/// surrogates, nothing above U+10FFFF. Runs of ASCII are skipped eight bytes at a time.
enum UTF8Validation {
    /// The offset of the first byte that does not start or continue a valid sequence, or nil
    /// when all of `bytes` is valid.
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer(firstInvalidOffset)
    }

    private static func firstInvalidOffset(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0
        let count = bytes.count
        let raw = UnsafeRawBufferPointer(bytes)
        while index < count {
            if index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length: Int
            var lowerBound: UInt8 = 0x80
            var upperBound: UInt8 = 0xBF
            switch lead {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; lowerBound = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; upperBound = 0x9F
            case 0xF0: length = 4; lowerBound = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; upperBound = 0x8F
            default: return index
            }
            for position in 1..<length {
                let next = index + position
                guard next < count else { return index }
                let byte = bytes[next]
                let low = position == 1 ? lowerBound : 0x80
                let high = position == 1 ? upperBound : 0xBF
                guard byte >= low, byte <= high else { return index }
            }
            index += length
        }
        return nil
    }
}
