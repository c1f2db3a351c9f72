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
        // its own, scalars are counted instead of characters, without finding grapheme breaks.
        var lines: [String]
        let isCut: Bool
        if text.unicodeScalars.prefix(budget + 2).allSatisfy(isOwnCharacter) {
            let shown = text.unicodeScalars.prefix(budget + 1)
            lines = wrap(shown, width: width) { String(Substring($0)) }
            isCut = shown.count > budget
        } else {
            let shown = text.prefix(budget + 1)
            lines = wrap(shown, width: width, String.init)
            isCut = shown.count > budget
        }
        guard lines.count > maximumLines || isCut else { return lines }
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

    /// Whether `scalar` is a character of its own whatever surrounds it: printable Latin
    /// (ASCII, Latin-1, Latin Extended, IPA, spacing modifiers) and arrows; no combining mark,
    /// joiner or script with clusters is among them.
    private static func isOwnCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20...0x7E, 0xA0...0x2FF, 0x2190...0x21FF: true
        default: false
        }
    }

    /// Splits text (characters, or scalars that are characters) into lines of at most `width`
    /// of them, breaking at spaces; a word longer than `width` (CJK text has no spaces) is cut
    /// into pieces. `string` makes text of a piece. (Inlined, so that each caller's copy is
    /// specialized to its kind of text.)
    @inline(__always)
    private static func wrap<Text: BidirectionalCollection>(
        _ text: Text, width: Int, _ string: (Text.SubSequence) -> String
    ) -> [String] where Text.SubSequence == Text, Text.Element: Equatable & ExpressibleByUnicodeScalarLiteral {
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
                    line += string(piece)
                    lineLength += (lineLength > 0 ? 1 : 0) + pieceLength
                    pieceLength = 0
                } else if lineLength > 0 {
                    lines.append(line)
                    line = ""
                    lineLength = 0
                } else {
                    let cut = piece.index(piece.startIndex, offsetBy: width)
                    lines.append(string(piece[..<cut]))
                    piece = piece[cut...]
                    pieceLength -= width
                }
            }
        }
        if lineLength > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}
