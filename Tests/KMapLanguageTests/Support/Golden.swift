import Foundation
import KMapTestSupport
import Testing

/// Golden files under this target's `Golden/` folder (see ``GoldenFile``).
enum Golden {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    static func check(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) {
        GoldenFile.check(actual, against: directory.appendingPathComponent(name), sourceLocation: sourceLocation)
    }
}
