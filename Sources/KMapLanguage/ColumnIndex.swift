/// Remembers where characters start on long lines, so turning a byte offset into a column costs
/// the same on a 1 MB line as on a short one.
///
/// A column counts characters (grapheme clusters) from the start of the line. On a line longer
/// than ``spacing`` bytes, the index keeps a checkpoint (a byte offset on a character boundary
/// and its column) about every ``spacing`` bytes; a lookup starts counting at the nearest
/// checkpoint before the offset. Without it, a file whose one long line carries many
/// diagnostics would take time quadratic in the line's length to report.
struct ColumnIndex: Sendable {
    /// Bytes between checkpoints; lines no longer than this have none.
    static let spacing = 1024

    private struct Checkpoint: Sendable {
        var offset: Int
        var column: Int
    }

    /// Checkpoints of each long line, keyed by the line's 0-based index.
    private let checkpoints: [Int: [Checkpoint]]

    /// Indexes the lines of `bytes` (valid UTF-8) that start at `lineStarts`.
    init(bytes: [UInt8], lineStarts: [Int]) {
        var checkpoints: [Int: [Checkpoint]] = [:]
        for (index, start) in lineStarts.enumerated() {
            let end = index + 1 < lineStarts.count ? lineStarts[index + 1] : bytes.count
            guard end - start > Self.spacing else { continue }
            var marks: [Checkpoint] = []
            var offset = start
            var column = 1
            var nextMark = start + Self.spacing
            for character in String(decoding: bytes[start..<end], as: UTF8.self) {
                offset += character.utf8.count
                column += 1
                if offset >= nextMark {
                    marks.append(Checkpoint(offset: offset, column: column))
                    nextMark = offset + Self.spacing
                }
            }
            checkpoints[index] = marks
        }
        self.checkpoints = checkpoints
    }

    /// The 1-based column of `offset` on the 0-based line `line`, which starts at `lineStart`.
    func column(of offset: Int, line: Int, lineStart: Int, in bytes: [UInt8]) -> Int {
        var start = lineStart
        var column = 1
        if let marks = checkpoints[line] {
            var low = 0
            var high = marks.count
            while low < high {
                let mid = (low + high) / 2
                if marks[mid].offset <= offset { low = mid + 1 } else { high = mid }
            }
            if low > 0 {
                start = marks[low - 1].offset
                column = marks[low - 1].column
            }
        }
        let segment = bytes[start..<offset]
        // In ASCII every byte is one character: the only cluster of two (`\r\n`) cannot lie
        // inside a line, since the `\n` ends it. No String is built for the common case.
        if segment.allSatisfy({ $0 < 0x80 }) { return column + segment.count }
        return column + String(decoding: segment, as: UTF8.self).count
    }
}
