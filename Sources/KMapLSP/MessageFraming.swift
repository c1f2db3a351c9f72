/// The base protocol's framing: each message is `Content-Length: N\r\n` (other header fields
/// allowed), a blank line, then N bytes of JSON.
public struct FrameDecoder: Sendable {
    /// What the next bytes of the stream hold.
    public enum Frame: Hashable, Sendable {
        /// A message's content.
        case message([UInt8])
        /// A header that cannot be read; the decoder has skipped past it.
        case malformed(String)
    }

    /// The longest header read; a longer one is malformed.
    public static let maxHeaderBytes = 8_192
    /// The largest content accepted (64 MiB).
    public static let maxContentBytes = 64 << 20

    private var buffer: [UInt8] = []
    /// The content length of a header already read, waiting for its content.
    private var pendingLength: Int?

    public init() {}

    /// Adds bytes read from the stream.
    public mutating func append(_ bytes: some Sequence<UInt8>) { buffer.append(contentsOf: bytes) }

    /// The next complete frame, or nil when more bytes are needed.
    public mutating func next() -> Frame? {
        if pendingLength == nil {
            guard let end = headerEnd() else {
                if buffer.count > Self.maxHeaderBytes {
                    buffer.removeAll()
                    return .malformed("a header longer than \(Self.maxHeaderBytes) bytes without a blank line")
                }
                return nil
            }
            let header = String(decoding: buffer[..<end], as: UTF8.self)
            buffer.removeFirst(end + 4)
            switch Self.contentLength(in: header) {
            case .success(let length): pendingLength = length
            case .failure(let problem): return .malformed(problem.message)
            }
        }
        guard let length = pendingLength, buffer.count >= length else { return nil }
        let content = Array(buffer[..<length])
        buffer.removeFirst(length)
        pendingLength = nil
        return .message(content)
    }

    /// The offset of the `\r\n\r\n` that ends the header.
    private func headerEnd() -> Int? {
        guard buffer.count >= 4 else { return nil }
        for index in 0...(buffer.count - 4)
        where buffer[index] == 13 && buffer[index + 1] == 10 && buffer[index + 2] == 13 && buffer[index + 3] == 10 {
            return index
        }
        return nil
    }

    struct HeaderProblem: Error { var message: String }

    /// The `Content-Length` of a header (field names are case-insensitive).
    static func contentLength(in header: String) -> Result<Int, HeaderProblem> {
        var length: Int?
        for line in header.split(separator: "\r\n", omittingEmptySubsequences: false) {
            guard let colon = line.firstIndex(of: ":") else { return .failure(HeaderProblem(message: "a header line without ':'")) }
            let name = line[..<colon].trimmingCharacters(in: " ").lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: " ")
            if name == "content-length" {
                guard let number = Int(value), number >= 0 else { return .failure(HeaderProblem(message: "Content-Length '\(value)' is not a length")) }
                guard number <= maxContentBytes else { return .failure(HeaderProblem(message: "Content-Length \(number) is over the limit of \(maxContentBytes) bytes")) }
                length = number
            }
        }
        guard let length else { return .failure(HeaderProblem(message: "a header without Content-Length")) }
        return .success(length)
    }

    /// `content` framed for the stream.
    public static func frame(_ content: String) -> [UInt8] {
        let body = Array(content.utf8)
        return Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
    }
}

extension Substring {
    func trimmingCharacters(in set: Character) -> String {
        String(drop { $0 == set }.reversed().drop { $0 == set }.reversed())
    }
}
