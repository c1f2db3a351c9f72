import KMapLanguage
import KMapReport
import KMapText

/// `.kmap` text written from sheet rows, remembering which cell each stretch of each line came
/// from so that what the parser and resolver report points back at the workbook.
struct ImportedSource {
    /// One stretch of a line and the cell it came from.
    private struct Span {
        var start: Int
        var place: CellPlace
    }

    private(set) var lines: [String] = []
    private var spans: [[Span]] = []
    private var current = ""
    private var currentSpans: [Span] = []

    /// Appends `text` to the line being written, as coming from `place`.
    mutating func write(_ text: String, from place: CellPlace?) {
        if let place { currentSpans.append(Span(start: current.utf8.count, place: place)) }
        current += text
    }

    /// Ends the line being written.
    mutating func endLine() {
        lines.append(current)
        spans.append(currentSpans)
        current = ""
        currentSpans = []
    }

    /// A whole line from one place.
    mutating func line(_ text: String, from place: CellPlace? = nil) {
        write(text, from: place)
        endLine()
    }

    var text: String { lines.joined(separator: "\n") + "\n" }

    /// The cell the text at 1-based `line`, 0-based byte `column` came from.
    func place(line: Int, byteColumn: Int) -> CellPlace? {
        guard spans.indices.contains(line - 1) else { return nil }
        return spans[line - 1].last { $0.start <= byteColumn }?.place ?? spans[line - 1].first?.place
    }

    /// A string literal of the language: `\` and `"` escaped, line breaks as spaces.
    static func quoted(_ text: String) -> String { MapSourceText.quoted(text) }
}
