/// Cleaning and wrapping of user text before it goes into any diagram format.
enum DisplayText {
    /// `text` without characters that no output format can carry: line breaks and tabs become
    /// spaces, other C0 control characters, DEL and the non-characters U+FFFE/U+FFFF are dropped
    /// (they make SVG invalid XML). Everything else, including right-to-left text, CJK and emoji,
    /// is kept as written.
    static func clean(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: result.append(" ")
            case 0x00...0x1F, 0x7F, 0xFFFE, 0xFFFF: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// Splits cleaned text into lines of at most `width` characters, breaking at spaces; a word
    /// longer than `width` (CJK text has no spaces) is cut into pieces. Never returns an empty array.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var lineLength = 0
        for word in clean(text).split(separator: " ", omittingEmptySubsequences: true) {
            var piece = Substring(word)
            while !piece.isEmpty {
                let room = lineLength == 0 ? width : width - lineLength - 1
                if piece.count <= room {
                    if lineLength > 0 { line += " " }
                    line += piece
                    lineLength += (lineLength > 0 ? 1 : 0) + piece.count
                    piece = ""
                } else if lineLength > 0 {
                    lines.append(line)
                    line = ""
                    lineLength = 0
                } else {
                    let cut = piece.index(piece.startIndex, offsetBy: width)
                    lines.append(String(piece[..<cut]))
                    piece = piece[cut...]
                }
            }
        }
        if lineLength > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }
}
