/// An append-only UTF-8 byte buffer: the generator writes the whole map into one of these in a
/// single pass (no intermediate strings per line), then decodes it once.
struct TextBuffer {
    private(set) var bytes: [UInt8] = []

    init(reservingCapacity capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends text as is.
    mutating func write(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    /// Appends the decimal digits of a non-negative number.
    mutating func write(_ number: Int) {
        let value = max(0, number)
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8((value / divisor) % 10))
            divisor /= 10
        }
    }

    /// Appends `text` as a `.kmap` string literal: quoted, with `"` and `\` escaped.
    mutating func writeQuoted(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        writeEscaped(text)
        bytes.append(UInt8(ascii: "\""))
    }

    /// Appends `text` escaped for the inside of a `.kmap` string literal, without quotes.
    mutating func writeEscaped(_ text: String) {
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                bytes.append(UInt8(ascii: "\\"))
            }
            bytes.append(byte)
        }
    }

    /// Appends a line end.
    mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
    }

    /// The text written so far.
    var text: String { String(decoding: bytes, as: UTF8.self) }
}
