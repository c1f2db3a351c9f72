/// Fits user text into a drawn label: wrapped at a width and cut after a number of lines, in
/// time linear in what is drawn (never in the length of the text).
///
/// A 1 MB label would otherwise cost Graphviz minutes (its label code is quadratic in length)
/// and past 65,535 points an edge Graphviz refuses to draw at all; the full text stays in every
/// report, export and tooltip-free output (JSON, CSV, Markdown, HTML tables).
enum LabelFitting {
    /// The most lines of one drawn label; the last shown line ends with `…` when text was cut.
    static let maximumLines = 8

    /// The lines of `text` (already cleaned) at most `width` characters wide, at most
    /// `maximumLines` of them; never empty.
    static func lines(_ text: String, width: Int, maximumLines: Int = maximumLines) -> [String] {
        let width = max(1, width)
        let budget = width * max(1, maximumLines)
        // Only the part that can be drawn is ever looked at.
        let shown = text.prefix(budget + 1)
        var lines = wrap(shown, width: width)
        guard lines.count > maximumLines || shown.count > budget else { return lines }
        lines = Array(lines.prefix(maximumLines))
        var last = lines[lines.count - 1]
        if last.count >= width { last.removeLast() }
        lines[lines.count - 1] = last + "…"
        return lines
    }

    /// Splits text into lines of at most `width` characters, breaking at spaces; a word longer
    /// than `width` (CJK text has no spaces) is cut into pieces.
    private static func wrap(_ text: Substring, width: Int) -> [String] {
        var lines: [String] = []
        var line = ""
        var lineLength = 0
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            var piece = word
            var pieceLength = piece.count
            while pieceLength > 0 {
                let room = lineLength == 0 ? width : width - lineLength - 1
                if pieceLength <= room {
                    if lineLength > 0 { line += " " }
                    line += piece
                    lineLength += (lineLength > 0 ? 1 : 0) + pieceLength
                    pieceLength = 0
                } else if lineLength > 0 {
                    lines.append(line)
                    line = ""
                    lineLength = 0
                } else {
                    let cut = piece.index(piece.startIndex, offsetBy: width)
                    lines.append(String(piece[..<cut]))
                    piece = piece[cut...]
                    pieceLength -= width
                }
            }
        }
        if lineLength > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}
