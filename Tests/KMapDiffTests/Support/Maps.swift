import Foundation
import KMapAnalysis
import KMapDiff
import KMapLanguage
import KMapModel
import Testing

/// Maps for the comparison tests: from text or from the repository's `maps/` folder.
enum Maps {
    /// The repository's root folder.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Parses, resolves and analyses `text`; the map must have no errors.
    static func analyze(_ text: String, path: String = "test.kmap", sourceLocation: Testing.SourceLocation = #_sourceLocation) -> AnalysisResult {
        let source = SourceFile(path: path, text: text)
        let parsed = Parser.parse(source)
        let resolved = Resolver.resolve(parsed.file, source: source)
        let errors = (parsed.diagnostics + resolved.diagnostics).filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.map(\.message))\n\(text)", sourceLocation: sourceLocation)
        return Analyzer.analyze(resolved.map)
    }

    /// Analyses `maps/NAME`, shown with the path `maps/NAME`.
    static func example(_ name: String) throws -> AnalysisResult {
        let text = try String(contentsOf: root.appendingPathComponent("maps").appendingPathComponent(name), encoding: .utf8)
        return analyze(text, path: "maps/" + name)
    }

    /// The diff between two texts.
    static func diff(_ old: String, _ new: String, options: DiffOptions = DiffOptions(), sourceLocation: Testing.SourceLocation = #_sourceLocation) -> MapDiff {
        MapDiffer.diff(old: analyze(old, path: "old.kmap", sourceLocation: sourceLocation),
                       new: analyze(new, path: "new.kmap", sourceLocation: sourceLocation), options: options)
    }
}
