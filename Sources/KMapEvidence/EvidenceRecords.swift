import KMapText
import KMapLanguage

/// One record of a log: its 1-based row, its cells, and where each cell starts in the file.
struct EvidenceRecord {
    var row: Int
    var cells: [String]
    var starts: [Int]
    var byteCount: Int

    /// The range of cell `index` in the file: from where it starts, as long as its text (an
    /// empty range at the end of the row for a missing cell).
    func range(of index: Int) -> SourceRange {
        let rowEnd = starts.last.map { min($0, byteCount) } ?? 0
        guard starts.indices.contains(index) else { return .empty(at: rowEnd) }
        let start = min(starts[index], byteCount)
        let length = cells.indices.contains(index) ? cells[index].utf8.count : 0
        return SourceRange(start: start, end: min(start + length, byteCount))
    }
}

/// The records of a log, each read at the field starts of the structure scan. A last record
/// that starts at the end of the text (after a final line break, or in an empty file) is no
/// record, as CSV readers count them.
struct EvidenceRecords {
    private let cells: CSVCells?
    private let starts: [[Int]]
    private var row = 0

    init(utf8: [UInt8], delimiter: Unicode.Scalar, starts: [[Int]]) {
        let cells = CSVCells(utf8: utf8, delimiter: delimiter)
        self.cells = cells
        let endsWithEmptyRecord = starts.last.map { $0 == [cells?.byteCount ?? 0] } ?? false
        self.starts = endsWithEmptyRecord ? starts.dropLast() : starts
    }

    mutating func next() -> EvidenceRecord? {
        guard let cells, starts.indices.contains(row) else { return nil }
        let starts = self.starts[row]
        row += 1
        return EvidenceRecord(row: row, cells: cells.cells(startingAt: starts), starts: starts, byteCount: cells.byteCount)
    }
}
