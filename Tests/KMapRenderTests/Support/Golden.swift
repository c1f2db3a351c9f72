import Foundation
import Testing

/// Golden files under `Tests/KMapRenderTests/Golden`, rewritten when `KMAP_RECORD=1`.
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    /// `docs/gallery`: the example maps' diagrams, which double as their golden SVG files
    /// (`make gallery` rewrites them with the release binary; the tests check they are current).
    static let gallery = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("docs/gallery")

    static var isRecording: Bool { ProcessInfo.processInfo.environment["KMAP_RECORD"] == "1" }

    /// Compares `actual` with the golden file `name`, or records it.
    static func check(_ actual: String, _ name: String, in folder: URL = folder, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let url = folder.appendingPathComponent(name)
        if isRecording {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name) in \(folder.path); run with KMAP_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        try Differences.expectEqual(actual, expected, name, sourceLocation: sourceLocation)
    }
}

/// Compares long texts and reports only the first line that differs.
enum Differences {
    static func expectEqual(
        _ actual: String, _ expected: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        guard expected != actual else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let shown = { (lines: [Substring]) in lines.indices.contains(first) ? String(lines[first]) : "<end>" }
        let message = "\(name) differs at line \(first + 1):"
            + "\n expected: \(shown(expectedLines))\n actual:   \(shown(actualLines))"
        Issue.record(Comment(rawValue: message), sourceLocation: sourceLocation)
    }
}
