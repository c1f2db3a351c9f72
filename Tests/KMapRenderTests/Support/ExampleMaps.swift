import Foundation
import KMapLanguage
import KMapModel

/// The example maps of the repository's `maps` folder, parsed and resolved.
enum ExampleMaps {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("maps")

    /// Names of the example maps (without `.kmap`), sorted.
    static var names: [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".kmap") }.map { String($0.dropLast(5)) }.sorted()
    }

    static func map(_ name: String) throws -> KMap {
        let text = try String(contentsOf: folder.appendingPathComponent("\(name).kmap"), encoding: .utf8)
        return compile(text, path: "\(name).kmap")
    }

    /// Parses and resolves `text`.
    static func compile(_ text: String, path: String = "test.kmap") -> KMap {
        let source = SourceFile(path: path, text: text)
        return Resolver.resolve(Parser.parse(source).file, source: source).map
    }
}
