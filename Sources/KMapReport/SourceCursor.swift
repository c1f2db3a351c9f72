import KMapLanguage

/// Lines and columns of byte offsets that mostly come in increasing order, as the export's
/// records do (each kind of record is written in source order), with the answers of
/// ``SourceFile/location(of:)``.
///
/// `SourceFile` finds every line by binary search over all line starts and counts its column
/// through an index built for any text; the export asks twice per record, a tenth of its time.
/// Here the line is searched forward from the last one found, a few lines at most before a
/// binary search takes over, and the column of an ASCII run is its length in bytes (each ASCII
/// byte is one character; the only cluster of two, `\r\n`, ends a line). Any other text is
/// measured by `SourceFile` itself.
struct SourceCursor {
    private let source: SourceFile
    private let bytes: [UInt8]
    private let lineStarts: [Int]
    /// The 0-based line of the last offset asked about.
    private var line = 0

    /// How many lines are stepped over before a binary search is cheaper.
    private static let forwardSteps = 8

    init(_ source: SourceFile) {
        self.source = source
        bytes = source.bytes
        lineStarts = source.lineStarts
    }

    /// The 1-based line and character column of `offset`, as ``SourceFile/location(of:)`` gives it.
    mutating func location(of offset: Int) -> SourceLocation {
        let offset = min(max(0, offset), bytes.count)
        moveToLine(of: offset)
        let lineStart = lineStarts[line]
        for byte in bytes[lineStart..<offset] where byte >= 0x80 {
            return source.location(of: offset)
        }
        return SourceLocation(line: line + 1, column: 1 + offset - lineStart)
    }

    /// Makes ``line`` the line that holds `offset`.
    private mutating func moveToLine(of offset: Int) {
        if lineStarts[line] <= offset {
            for _ in 0..<Self.forwardSteps {
                guard line + 1 < lineStarts.count, lineStarts[line + 1] <= offset else { return }
                line += 1
            }
        }
        line = source.line(of: offset) - 1
    }
}
