/// A test text with marked positions: each `⟨name⟩` is taken out of the text and recorded as the
/// place where it stood, as the Language Server Protocol counts it (0-based line, UTF-16
/// characters within the line).
public struct MarkedText: Sendable {
    public struct Mark: Hashable, Sendable {
        public var line: Int
        public var character: Int
    }

    public let text: String
    public let marks: [String: Mark]

    public init(_ marked: String) {
        var text = ""
        var marks: [String: Mark] = [:]
        var line = 0
        var character = 0
        var rest = Substring(marked)
        while let next = rest.first {
            if next == "⟨", let close = rest.firstIndex(of: "⟩") {
                marks[String(rest[rest.index(after: rest.startIndex)..<close])] = Mark(line: line, character: character)
                rest = rest[rest.index(after: close)...]
                continue
            }
            text.append(next)
            if next == "\n" {
                line += 1
                character = 0
            } else {
                character += next.utf16.count
            }
            rest = rest.dropFirst()
        }
        self.text = text
        self.marks = marks
    }
}
