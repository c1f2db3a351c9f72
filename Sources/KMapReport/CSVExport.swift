import KMapModel
import KMapText

/// `kmap export --format csv`: the map's activity table (see ``ActivityTable``) as CSV that opens
/// cleanly in a spreadsheet: UTF-8 with a byte-order mark (so spreadsheets detect the encoding),
/// CRLF line ends, RFC 4180 quoting, and every cell a spreadsheet would run as a formula prefixed
/// with `'`.
public enum CSVExport {
    /// The byte-order mark written first.
    public static let byteOrderMark = "\u{FEFF}"

    /// The CSV text of `map`'s activities and repositories.
    public static func encode(_ map: KMap) -> String {
        var lines = [ActivityTable.Column.allCases.map(\.rawValue).joined(separator: ",")]
        lines.reserveCapacity(map.nodeCount + 1)
        for row in ActivityTable.rows(of: map) { lines.append(CSVText.line(row)) }
        return byteOrderMark + lines.joined(separator: "\r\n") + "\r\n"
    }
}
