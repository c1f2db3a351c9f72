/// A place in a document as the Language Server Protocol counts it: a 0-based line and a 0-based
/// character offset in UTF-16 code units within that line.
public struct TextPosition: Hashable, Sendable, Comparable {
    public var line: Int
    public var character: Int

    public init(line: Int, character: Int) {
        self.line = line
        self.character = character
    }

    public static func < (lhs: TextPosition, rhs: TextPosition) -> Bool {
        (lhs.line, lhs.character) < (rhs.line, rhs.character)
    }
}

/// A span between two ``TextPosition``s, end exclusive.
public struct TextRange: Hashable, Sendable {
    public var start: TextPosition
    public var end: TextPosition

    public init(start: TextPosition, end: TextPosition) {
        self.start = start
        self.end = end
    }

    /// Whether `position` lies in the range, its end included (a cursor just after a word is on it).
    public func contains(_ position: TextPosition) -> Bool { start <= position && position <= end }
}

/// A range in a named document.
public struct DocumentLocation: Hashable, Sendable {
    public var uri: String
    public var range: TextRange

    public init(uri: String, range: TextRange) {
        self.uri = uri
        self.range = range
    }
}

/// Replace `range` with `newText`.
public struct TextEdit: Hashable, Sendable {
    public var range: TextRange
    public var newText: String

    public init(range: TextRange, newText: String) {
        self.range = range
        self.newText = newText
    }
}
