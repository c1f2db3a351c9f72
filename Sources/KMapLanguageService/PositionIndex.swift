/// Converts between byte offsets into a text's UTF-8 and the protocol's line and UTF-16
/// character positions. Lines end at `\n`; a `\r` before it belongs to the line end, so a
/// position past the last character of a CRLF line stops before the `\r`.
public struct PositionIndex: Sendable {
    private let bytes: [UInt8]
    private let lineStarts: [Int]

    public init(bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(offset + 1) }
        lineStarts = starts
    }

    public init(text: String) { self.init(bytes: Array(text.utf8)) }

    /// How many lines the text has (a text ending in a line break has an empty last line).
    public var lineCount: Int { lineStarts.count }

    /// The byte offset where line `line`'s content ends (before `\r\n` or `\n`).
    private func contentEnd(ofLine line: Int) -> Int {
        var end = line + 1 < lineStarts.count ? lineStarts[line + 1] - 1 : bytes.count
        if end > lineStarts[line], bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return end
    }

    /// The byte offset of `position`, clamped to the text: a line past the end is the end of the
    /// text, a character past the end of its line is the end of the line, and a position inside
    /// a character that takes two UTF-16 units is the start of that character.
    public func offset(of position: TextPosition) -> Int {
        guard position.line >= 0 else { return 0 }
        guard position.line < lineStarts.count else { return bytes.count }
        let end = contentEnd(ofLine: position.line)
        var offset = lineStarts[position.line]
        var units = 0
        while offset < end, units < position.character {
            let (length, width) = Self.sequence(at: offset, in: bytes)
            if units + width > position.character { break }
            units += width
            offset += length
        }
        return offset
    }

    /// The position of byte offset `offset` (clamped to the text).
    public func position(of offset: Int) -> TextPosition {
        let clamped = min(max(0, offset), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
        }
        var cursor = lineStarts[low]
        var units = 0
        while cursor < clamped {
            let (length, width) = Self.sequence(at: cursor, in: bytes)
            cursor += length
            units += width
        }
        return TextPosition(line: low, character: units)
    }

    /// The range of byte offsets `start..<end`.
    public func range(from start: Int, to end: Int) -> TextRange {
        TextRange(start: position(of: start), end: position(of: end))
    }

    /// The byte length of the UTF-8 sequence at `offset` and how many UTF-16 units it takes.
    private static func sequence(at offset: Int, in bytes: [UInt8]) -> (length: Int, units: Int) {
        let lead = bytes[offset]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        return (min(length, bytes.count - offset), length == 4 ? 2 : 1)
    }
}
