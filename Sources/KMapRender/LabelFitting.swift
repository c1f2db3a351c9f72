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
        if fitsOnOneLine(text, width: width) { return [text] }
        let budget = width * max(1, maximumLines)
        // Only the part that can be drawn is ever looked at. Where each scalar is a character of
        // its own, the UTF-8 bytes are wrapped and scalars counted by their first bytes, without
        // finding grapheme breaks.
        var text = text
        let fitted = text.withUTF8 { utf8 -> (lines: [String], isCut: Bool)? in
            let bytes = utf8[...]
            guard UTF8Scalars.areOwnCharacters(bytes, upTo: budget + 2) else { return nil }
            let shown = bytes[..<UTF8Scalars.end(of: bytes, after: budget + 1)]
            let lines = wrap(
                shown, width: width, space: UInt8(ascii: " "), into: [UInt8](),
                length: UTF8Scalars.count, end: { UTF8Scalars.end(of: $0, after: $1) }
            ) { String(decoding: $0, as: UTF8.self) }
            return (lines, UTF8Scalars.count(shown) > budget)
        } ?? {
            let shown = text.prefix(budget + 1)
            let lines = wrap(
                shown, width: width, space: " ", into: "",
                length: { $0.count }, end: { $0.index($0.startIndex, offsetBy: $1) }
            ) { $0 }
            return (lines, shown.count > budget)
        }()
        var lines = fitted.lines
        guard lines.count > maximumLines || fitted.isCut else { return lines }
        lines = Array(lines.prefix(maximumLines))
        var last = lines[lines.count - 1]
        if last.count >= width { last.removeLast() }
        lines[lines.count - 1] = last + "…"
        return lines
    }

    /// Whether `text` is its own single line: at most `width` bytes (so at most as many
    /// characters), with no space at either end and no two in a row for wrapping to fold. Most
    /// labels are; they skip splitting into words and counting characters.
    private static func fitsOnOneLine(_ text: String, width: Int) -> Bool {
        let utf8 = text.utf8
        guard utf8.count <= width, utf8.first != UInt8(ascii: " "), utf8.last != UInt8(ascii: " ") else { return false }
        var previous: UInt8 = 0
        for byte in utf8 {
            if byte == UInt8(ascii: " "), previous == byte { return false }
            previous = byte
        }
        return true
    }

    /// Splits text (characters, or the UTF-8 bytes of scalars that are characters) into lines of
    /// at most `width` characters, breaking at each `space`; a word longer than `width` (CJK text
    /// has no spaces) is cut into pieces. Each line is gathered in a copy of `empty`; `length`
    /// counts the characters of a piece, `end` finds the index after its first characters, and
    /// `string` makes text of a line. (Inlined, so that each caller's copy is specialized to its
    /// kind of text.)
    @inline(__always)
    private static func wrap<Text: Collection, Line: RangeReplaceableCollection>(
        _ text: Text, width: Int, space: Text.Element, into empty: Line,
        length: (Text) -> Int, end: (Text, Int) -> Text.Index, _ string: (Line) -> String
    ) -> [String] where Text.SubSequence == Text, Text.Element: Equatable, Line.Element == Text.Element {
        var lines: [String] = []
        var line = empty
        line.reserveCapacity(4 * width)
        var lineLength = 0
        var rest = text
        while let start = rest.firstIndex(where: { $0 != space }) {
            let wordEnd = rest[start...].firstIndex(of: space) ?? rest.endIndex
            var piece = rest[start..<wordEnd]
            rest = rest[wordEnd...]
            var pieceLength = length(piece)
            while pieceLength > 0 {
                let room = lineLength == 0 ? width : width - lineLength - 1
                if pieceLength <= room {
                    if lineLength > 0 { line.append(space) }
                    line.append(contentsOf: piece)
                    lineLength += (lineLength > 0 ? 1 : 0) + pieceLength
                    pieceLength = 0
                } else if lineLength > 0 {
                    lines.append(string(line))
                    line.removeAll(keepingCapacity: true)
                    lineLength = 0
                } else {
                    let cut = end(piece, width)
                    var part = empty
                    part.append(contentsOf: piece[..<cut])
                    lines.append(string(part))
                    piece = piece[cut...]
                    pieceLength -= width
                }
            }
        }
        if lineLength > 0 || lines.isEmpty { lines.append(string(line)) }
        return lines
    }
}
