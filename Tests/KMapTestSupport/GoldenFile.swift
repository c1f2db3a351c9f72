import Foundation
import Testing

/// Golden files for every test target: text compared with a committed file, which the one
/// project-wide switch `KMAP_RECORD=1` rewrites instead. A recording run records an issue, so it
/// is never mistaken for a passing run.
public enum GoldenFile {
    /// Whether this run re-records golden files.
    public static var isRecording: Bool { ProcessInfo.processInfo.environment["KMAP_RECORD"] == "1" }

    /// The repository's root folder.
    public static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Compares `actual` with the file at `url`, or records it there; a difference is reported at
    /// its first differing line.
    /// The names of the `.kmap` files in `folder`, sorted (none when it cannot be read).
    public static func mapNames(in folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".kmap") }.sorted()
    }

    public static func check(_ actual: String, against url: URL, sourceLocation: SourceLocation = #_sourceLocation) {
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("recorded \(url.lastPathComponent); run again without KMAP_RECORD", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(url.path); run with KMAP_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        expectEqual(actual, expected, url.lastPathComponent, sourceLocation: sourceLocation)
    }

    /// Compares two long texts and reports only the first line that differs.
    public static func expectEqual(_ actual: String, _ expected: String, _ name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        guard expected != actual else { return }
        let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(expectedLines.count, actualLines.count)
        let shown = { (lines: [Substring]) in lines.indices.contains(first) ? String(lines[first]) : "<end>" }
        Issue.record(
            "\(name) differs at line \(first + 1) (re-record with KMAP_RECORD=1):\n expected: \(shown(expectedLines))\n actual:   \(shown(actualLines))",
            sourceLocation: sourceLocation)
    }
}
