import CSV
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

/// The records of a log as the CSV library reads them, beside the field starts of the structure
/// scan (both count records the same way).
struct EvidenceRecords {
    private let reader: CSVReader?
    private let starts: [[Int]]
    private let byteCount: Int
    private var row = 0

    init(text: String, delimiter: Unicode.Scalar, starts: [[Int]], byteCount: Int) {
        reader = try? CSVReader(string: text, hasHeaderRow: false, delimiter: delimiter)
        self.starts = starts
        self.byteCount = byteCount
    }

    mutating func next() -> EvidenceRecord? {
        guard let cells = reader?.next() else { return nil }
        row += 1
        let starts = self.starts.indices.contains(row - 1) ? self.starts[row - 1] : []
        return EvidenceRecord(row: row, cells: cells, starts: starts, byteCount: byteCount)
    }
}
