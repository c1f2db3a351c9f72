import KMapLanguage
import KMapModel
import Testing

/// A map written with numbered markers (`1️⃣` ... `9️⃣`) at the places diagnostics must start.
/// Compiling it strips the markers and remembers the byte offset each one stood at.
struct MarkedMap {
    let source: SourceFile
    /// Byte offset of each marker's digit (1 for `1️⃣`).
    let positions: [Int: Int]

    init(_ marked: String) {
        var bytes: [UInt8] = []
        var positions: [Int: Int] = [:]
        for character in marked {
            if let digit = Self.markerDigit(character) {
                positions[digit] = bytes.count
            } else {
                bytes.append(contentsOf: character.utf8)
            }
        }
        source = SourceFile(path: "marked.kmap", text: String(decoding: bytes, as: UTF8.self))
        self.positions = positions
    }

    /// The digit of a keycap emoji such as `1️⃣`, or nil for any other character.
    private static func markerDigit(_ character: Character) -> Int? {
        let scalars = Array(character.unicodeScalars)
        guard scalars.count == 3, scalars[1] == "\u{FE0F}", scalars[2] == "\u{20E3}" else { return nil }
        return Int(String(scalars[0]))
    }

    func compile() -> ResolveResult { resolving(source) }
}

/// Parses and resolves `source`: the resolution's diagnostics merged with the parser's.
func resolving(_ source: SourceFile) -> ResolveResult {
    Resolver.resolve(Parser.parse(source), source: source)
}

/// Compiles `marked` and expects exactly the listed diagnostics, in order, each starting at its
/// marker. Returns the compiled map for further checks.
@discardableResult
func expectDiagnostics(
    _ marked: String, _ expected: [(marker: Int, id: DiagnosticID)],
    sourceLocation: Testing.SourceLocation = #_sourceLocation
) -> ResolveResult {
    let map = MarkedMap(marked)
    let compiled = map.compile()
    let found = compiled.diagnostics.map { "\($0.id.code)@\($0.range.start)" }
    let wanted = expected.map { "\($0.id.code)@\(map.positions[$0.marker] ?? -1)" }
    #expect(found == wanted, "\(compiled.diagnostics.map(\.message))", sourceLocation: sourceLocation)
    return compiled
}

/// Compiles a map that must have no diagnostics at all.
func compileClean(_ text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> KMap {
    let compiled = resolving(SourceFile(path: "clean.kmap", text: text))
    #expect(compiled.diagnostics.isEmpty, "\(compiled.diagnostics.map(\.message))", sourceLocation: sourceLocation)
    return compiled.map
}

/// The single diagnostic of `marked` (expected to have exactly one).
func onlyDiagnostic(_ marked: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) -> Diagnostic? {
    let diagnostics = MarkedMap(marked).compile().diagnostics
    #expect(diagnostics.count == 1, "\(diagnostics.map(\.message))", sourceLocation: sourceLocation)
    return diagnostics.first
}
