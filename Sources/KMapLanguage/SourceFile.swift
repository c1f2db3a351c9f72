/// A half-open range of UTF-8 byte offsets into a ``SourceFile``'s text.
///
/// Ranges are stored as byte offsets (cheap to produce while lexing) and turned into
/// 1-based line and column numbers only when a diagnostic is printed. Offsets are kept in 32
/// bits: every node of the syntax tree and the model holds ranges, and inputs are limited to
/// ``SourceLoader/largestInput`` bytes.
public struct SourceRange: Hashable, Sendable, Comparable {
    private let storedStart: UInt32
    private let storedEnd: UInt32

    /// Offset of the first byte.
    public var start: Int { Int(storedStart) }
    /// Offset one past the last byte.
    public var end: Int { Int(storedEnd) }

    /// A range from `start` to `end` (at least `start`); offsets outside 0...4 GiB are clamped.
    public init(start: Int, end: Int) {
        storedStart = UInt32(clamping: start)
        storedEnd = UInt32(clamping: max(start, end))
    }

    /// An empty range at `offset`, used for missing tokens and end-of-file positions.
    public static func empty(at offset: Int) -> SourceRange { SourceRange(start: offset, end: offset) }

    /// The smallest range covering both `self` and `other`.
    public func union(_ other: SourceRange) -> SourceRange {
        SourceRange(start: min(start, other.start), end: max(end, other.end))
    }

    public var isEmpty: Bool { start == end }

    public static func < (lhs: SourceRange, rhs: SourceRange) -> Bool {
        (lhs.start, lhs.end) < (rhs.start, rhs.end)
    }
}

/// A 1-based line and column. Columns count characters (grapheme clusters), as a person sees them.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// The text of one input, with its display path and a table of line starts.
public struct SourceFile: Sendable {
    /// The path shown in diagnostics (as the user typed it).
    public let path: String
    /// The UTF-8 bytes of the text; all ``SourceRange`` offsets index into this. A leading
    /// byte-order mark has been removed.
    public let bytes: [UInt8]
    /// Byte offset at which each line starts (line 1 starts at offset 0).
    public let lineStarts: [Int]
    /// Checkpoints that keep ``location(of:)`` fast on long lines.
    private let columns: ColumnIndex

    /// The text, decoded from ``bytes`` on each call: only the bytes are kept, since a second
    /// copy of a large map as a `String` would double the memory its text takes.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Creates a source file from already-decoded text. A leading BOM is dropped.
    public init(path: String, text: String) {
        self.init(path: path, validUTF8: Array(text.utf8))
    }

    /// Creates a source file from bytes known to be valid UTF-8, keeping the array as it is
    /// unless it starts with a byte-order mark, which is dropped.
    init(path: String, validUTF8 bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes.starts(with: Self.byteOrderMark) ? Array(bytes.dropFirst(Self.byteOrderMark.count)) : bytes
        var starts = [0]
        for (offset, byte) in self.bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
        self.columns = ColumnIndex(bytes: self.bytes, lineStarts: starts)
    }

    /// U+FEFF in UTF-8.
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The 1-based line containing `offset`.
    public func line(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The 1-based line and character column of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        let clamped = min(max(0, offset), bytes.count)
        let line = line(of: clamped)
        let column = columns.column(of: clamped, line: line - 1, lineStart: lineStarts[line - 1], in: bytes)
        return SourceLocation(line: line, column: column)
    }

    /// The byte offsets of 1-based line `line`, without its line terminator (`\n` or `\r\n`);
    /// empty for a line number outside the file.
    public func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return 0..<0 }
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<max(start, end)
    }

    /// The text of 1-based line `line`, without its line terminator (`\n` or `\r\n`).
    public func lineText(_ line: Int) -> String {
        String(decoding: bytes[lineRange(line)], as: UTF8.self)
    }

    /// The source text covered by `range`.
    public func text(in range: SourceRange) -> String {
        let start = min(max(0, range.start), bytes.count)
        let end = min(max(start, range.end), bytes.count)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}
