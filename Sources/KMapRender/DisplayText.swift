import KMapText

/// Cleaning and wrapping of user text before it goes into any diagram format.
enum DisplayText {
    /// `count` and its noun, plural unless the count is one: "1 wave", "3 waves"; the plural is
    /// the noun with an "s" unless given.
    static func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
    }

    /// Splits cleaned text into lines of at most `width` characters, breaking at spaces; a word
    /// longer than `width` (CJK text has no spaces) is cut into pieces. Never returns an empty array.
    static func wrap(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        var line = ""
        var lineLength = 0
        for word in PlainText.clean(text).split(separator: " ", omittingEmptySubsequences: true) {
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
