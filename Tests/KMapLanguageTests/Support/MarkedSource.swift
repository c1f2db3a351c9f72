import KMapLanguage
import Testing

/// Source text with position markers (`1️⃣`, `2️⃣`, ...) written where diagnostics must point,
/// instead of line and column numbers. The markers are removed; their byte offsets are kept.
struct MarkedSource {
    static let markers = ["1️⃣", "2️⃣", "3️⃣", "4️⃣", "5️⃣", "6️⃣", "7️⃣", "8️⃣", "9️⃣"]

    let text: String
    /// Byte offset in `text` of each marker found.
    let offsets: [String: Int]

    init(_ marked: String) {
        var text = ""
        var offsets: [String: Int] = [:]
        var rest = Substring(marked)
        while !rest.isEmpty {
            if let marker = Self.markers.first(where: { rest.hasPrefix($0) }) {
                offsets[marker] = text.utf8.count
                rest = rest.dropFirst(marker.count)
            } else {
                text.append(rest.removeFirst())
            }
        }
        self.text = text
        self.offsets = offsets
    }

    var source: SourceFile { SourceFile(path: "test.kmap", text: text) }
}

/// Parses `marked` and expects exactly the listed diagnostics, each starting at its marker.
func expectDiagnostics(
    _ marked: String, _ expected: [(marker: String, id: DiagnosticID)],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) {
    let marked = MarkedSource(marked)
    let result = Parser.parse(marked.source)
    let actual = result.diagnostics.map { "\($0.id.code)@\($0.range.start)" }
    let wanted = expected.map { "\($0.id.code)@\(marked.offsets[$0.marker] ?? -1)" }
    #expect(actual == wanted, "\(result.diagnostics.map(\.message))", sourceLocation: sourceLocation)
}

/// Parses text that must be free of diagnostics.
func parseClean(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> MapFile {
    let result = Parser.parse(SourceFile(path: "test.kmap", text: text))
    #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.message))", sourceLocation: sourceLocation)
    return result.file
}
