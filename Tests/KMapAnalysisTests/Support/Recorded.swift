import Foundation
import Testing

/// Compares text with a committed file; with `KMAP_RECORD=1` in the environment the file is
/// rewritten instead (and the test still reports, so a recording run is never silent).
enum Recorded {
    /// The repository's root directory.
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func check(_ actual: String, against url: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        if ProcessInfo.processInfo.environment["KMAP_RECORD"] == "1" {
            do {
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("recorded \(url.lastPathComponent); run again without KMAP_RECORD", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record \(url.path): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing \(url.path); run with KMAP_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "differs from \(url.path); re-record with KMAP_RECORD=1", sourceLocation: sourceLocation)
    }
}
