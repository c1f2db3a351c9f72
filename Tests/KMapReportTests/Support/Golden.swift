import Foundation
import Testing

/// Compares text with a file under `Golden/`; with `KMAP_RECORD=1` in the environment the file
/// is rewritten instead (and the test still reports, so a recording run is never silent).
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let url = directory.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["KMAP_RECORD"] == "1" {
            do {
                try actual.write(to: url, atomically: true, encoding: .utf8)
                Issue.record("recorded \(name); run again without KMAP_RECORD", sourceLocation: sourceLocation)
            } catch {
                Issue.record("cannot record \(name): \(error)", sourceLocation: sourceLocation)
            }
            return
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            Issue.record("missing golden file \(name); run with KMAP_RECORD=1", sourceLocation: sourceLocation)
            return
        }
        #expect(actual == expected, "differs from Golden/\(name)", sourceLocation: sourceLocation)
    }
}
