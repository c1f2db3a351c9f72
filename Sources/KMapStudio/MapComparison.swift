import Foundation
import KMapDiff
import KMapLanguage

/// "Compare with": the map on disk against a git revision (`HEAD`, `HEAD~2`, a tag) or another
/// file in the map's folder, through the diff stage: what closed, what opened, which waves moved.
public struct MapComparison: Codable, Sendable, Equatable {
    public var against: String
    public var error: String?
    public var opened: [String]
    public var closed: [String]
    public var waves: [String]
    public var changes: Int

    /// Compares `document` with `against`: a file name relative to the map's folder (no `..`),
    /// otherwise a git revision of the map itself.
    static func compare(document: MapDocument, with against: String) -> MapComparison {
        var result = MapComparison(against: against, error: nil, opened: [], closed: [], waves: [], changes: 0)
        let folder = URL(fileURLWithPath: document.path).deletingLastPathComponent()
        let spec: VersionSpec
        if let file = fileInFolder(against, folder: folder) {
            spec = .file(file)
        } else if !against.isEmpty, !against.hasPrefix("-"), !against.contains(":") {
            spec = .revision(against, path: "./" + URL(fileURLWithPath: document.path).lastPathComponent)
        } else {
            result.error = "name a git revision (HEAD~1) or a .kmap file next to the map"
            return result
        }
        do throws(VersionLoadError) {
            let old = MapVersion(source: try spec.load(git: GitRepository(directory: folder.path), maxBytes: document.maxBytes))
            let newSource = try VersionSpec.file(document.path).load(git: GitRepository(directory: folder.path), maxBytes: document.maxBytes)
            let diff = MapDiffer.diff(old: old.analysis, new: MapVersion(source: newSource).analysis)
            result.opened = diff.gaps.introduced.map { "\($0.code) \($0.message)" }
            result.closed = diff.gaps.resolved.map { "\($0.code) \($0.message)" }
            result.waves = diff.waves.filter(\.isChanged).map(\.sentence)
            result.changes = diff.changes.count
        } catch {
            switch error {
            case .git(let failure): result.error = failure.message
            case .source(let failure): result.error = failure.diagnostic.message
            }
        }
        return result
    }

    /// The path of `name` when it is a plain `.kmap` file name inside `folder`.
    private static func fileInFolder(_ name: String, folder: URL) -> String? {
        guard name.hasSuffix(".kmap"), !name.contains("/"), !name.hasPrefix(".") else { return nil }
        let path = folder.appendingPathComponent(name).path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }
}
