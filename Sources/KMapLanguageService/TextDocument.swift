/// One change a client sends for an open document: the whole new text, or a range replaced.
public struct DocumentChange: Hashable, Sendable {
    /// The replaced range; nil replaces the whole text.
    public var range: TextRange?
    public var text: String

    public init(range: TextRange? = nil, text: String) {
        self.range = range
        self.text = text
    }
}

/// An open document: its URI, the version the client gave it and its text exactly as the
/// client holds it (a byte-order mark and CRLF line ends included).
public struct TextDocument: Sendable {
    public let uri: String
    public let version: Int
    public let text: String
    /// Positions in ``text``.
    public let positions: PositionIndex

    public init(uri: String, version: Int, text: String) {
        self.uri = uri
        self.version = version
        self.text = text
        positions = PositionIndex(text: text)
    }

    /// The document after `changes`, applied in order (each range is in the text the changes
    /// before it left), at `version`.
    public func applying(_ changes: [DocumentChange], version: Int) -> TextDocument {
        var bytes = Array(text.utf8)
        for change in changes {
            guard let range = change.range else {
                bytes = Array(change.text.utf8)
                continue
            }
            let index = PositionIndex(bytes: bytes)
            let start = index.offset(of: range.start)
            let end = max(start, index.offset(of: range.end))
            bytes.replaceSubrange(start..<end, with: Array(change.text.utf8))
        }
        return TextDocument(uri: uri, version: version, text: String(decoding: bytes, as: UTF8.self))
    }

    /// How many bytes a leading byte-order mark takes (the language's source offsets start after it).
    var byteOrderMarkLength: Int { text.utf8.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0 }
}
