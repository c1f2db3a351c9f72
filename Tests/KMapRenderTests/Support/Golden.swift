import Foundation
import KMapTestSupport
import Testing

/// Golden files under this target's `Golden/` folder, and the gallery (see ``GoldenFile``).
enum Golden {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Golden")

    /// `docs/gallery`: the example maps' diagrams, which double as their golden SVG files
    /// (`make gallery` rewrites them with the release binary; the tests check they are current).
    static let gallery = GoldenFile.repositoryRoot.appendingPathComponent("docs/gallery")

    /// Compares `actual` with the golden file `name` in `folder`, or records it.
    static func check(_ actual: String, _ name: String, in folder: URL = folder, sourceLocation: SourceLocation = #_sourceLocation) {
        GoldenFile.check(actual, against: folder.appendingPathComponent(name), sourceLocation: sourceLocation)
    }
}
