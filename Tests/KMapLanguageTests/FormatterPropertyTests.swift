import Foundation
import KMapLanguage
import PropertyBased
import Testing

/// Formatting keeps a file's meaning and is stable, on random maps and on every map in `maps/`.
@Suite struct FormatterPropertyTests {
    /// Parses `text`, formats it, and checks round trip and idempotence.
    private func checkRoundTrip(_ text: String, path: String = "random.kmap", sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let original = Parser.parse(SourceFile(path: path, text: text))
        #expect(original.diagnostics.isEmpty, "\(original.diagnostics.map(\.message))\n\(text)", sourceLocation: sourceLocation)
        let formatted = Formatter.format(original.file)
        let reparsed = Parser.parse(SourceFile(path: path, text: formatted))
        #expect(reparsed.diagnostics.isEmpty, "\(reparsed.diagnostics.map(\.message))\n\(formatted)", sourceLocation: sourceLocation)
        #expect(reparsed.file.withoutRanges() == original.file.withoutRanges(), "\n\(text)\n---\n\(formatted)", sourceLocation: sourceLocation)
        #expect(Formatter.format(reparsed.file) == formatted, "\n\(formatted)", sourceLocation: sourceLocation)
        #expect(formatted.isEmpty || (formatted.hasSuffix("\n") && !formatted.hasSuffix("\n\n") && !formatted.hasPrefix("\n")),
                sourceLocation: sourceLocation)
    }

    @Test func randomMapsSurviveFormatting() async {
        await propertyCheck(count: 300, input: Gen.uint64().array(of: 0...25), Gen.bool) { seeds, crlf in
            checkRoundTrip(RandomMapText.text(seeds: seeds, crlf: crlf))
        }
    }

    @Test func theSimplestSeedIsAValidMap() {
        #expect(RandomMapText.text(seeds: [0], crlf: false) == "generation a \"\"")
    }

    /// Every `maps/*.kmap` in the repository. Without a `maps/` folder, or with an empty one,
    /// there is nothing to check yet; once it holds files, `.kmap` files must be among them.
    @Test func repositoryMapsSurviveFormatting() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let maps = root.appendingPathComponent("maps")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: maps.path)) ?? []
        guard !files.isEmpty else { return }
        let names = files.filter { $0.hasSuffix(".kmap") }.sorted()
        #expect(!names.isEmpty, "maps/ holds no .kmap file")
        for name in names {
            let source = try SourceLoader.load(path: maps.appendingPathComponent(name).path).get()
            checkRoundTrip(source.text, path: "maps/" + name)
        }
    }
}
