/// The cells of CSV text read straight from its UTF-8, at the field starts
/// ``CSVStructure/scan(_:delimiter:)`` noted, once the scan found no problem: a quoted field
/// without its quotes and with each doubled quote made one, an unquoted field up to the next
/// delimiter or line break, both as CSV.swift reads them (a byte order mark stays in the first
/// cell). It makes no `String` per character and no copy per record, so a log of 100,000 rows
/// reads in a fraction of the time the CSV library takes.
public struct CSVCells: Sendable {
    private let bytes: [UInt8]
    private let delimiter: UInt8
    private static let quote = UInt8(ascii: "\"")

    /// The cells of `utf8`, the bytes of the text that was scanned; nil when the delimiter is not
    /// ASCII (every delimiter ``CSVStructure/delimiter(of:)`` chooses is).
    public init?(utf8: [UInt8], delimiter: Unicode.Scalar) {
        guard delimiter.isASCII else { return nil }
        bytes = utf8
        self.delimiter = UInt8(delimiter.value)
    }

    /// The number of UTF-8 bytes of the text.
    public var byteCount: Int { bytes.count }

    /// The cells of the record whose fields start at `starts` (one of ``CSVStructure/Scan/fieldStarts``).
    public func cells(startingAt starts: [Int]) -> [String] { starts.map(cell(at:)) }

    /// The cell whose field starts at UTF-8 offset `start`.
    public func cell(at start: Int) -> String {
        let start = min(start, bytes.count)
        guard start < bytes.count, bytes[start] == Self.quote else {
            var end = start
            while end < bytes.count, !endsField(bytes[end]) { end += 1 }
            return String(decoding: bytes[start..<end], as: UTF8.self)
        }
        var field: [UInt8] = []
        var index = start + 1
        while index < bytes.count {
            if bytes[index] == Self.quote {
                guard index + 1 < bytes.count, bytes[index + 1] == Self.quote else { break }
                index += 1
            }
            field.append(bytes[index])
            index += 1
        }
        return String(decoding: field, as: UTF8.self)
    }

    private func endsField(_ byte: UInt8) -> Bool {
        byte == delimiter || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }
}
