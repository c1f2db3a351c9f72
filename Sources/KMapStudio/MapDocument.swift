import Foundation
import KMapLanguage
import KMapPipeline

/// The map file the studio serves. The file on disk is the source of truth: every read goes to
/// disk, and a save names the version it was edited from so a change made meanwhile is refused.
public struct MapDocument: Sendable {
    public let path: String
    public let maxBytes: Int

    public init(path: String, maxBytes: Int = SourceLoader.defaultMaxBytes) {
        self.path = path
        self.maxBytes = maxBytes
    }

    /// The outcome of a save.
    public enum SaveResult: Equatable, Sendable {
        case saved(version: String)
        /// The file changed on disk after the page loaded `expected`; nothing was written.
        case conflict(current: String)
    }

    /// Reads the file as it is now.
    public func load() -> Result<SourceFile, LoadError> {
        MapInput.file(path: path).load(maxBytes: maxBytes)
    }

    /// What identifies the file's current state cheaply (no read): modification time, size, inode.
    public func stamp() -> FileStamp { FileStamp(path: path) }

    /// Writes `text` if the file is still at version `expected`, atomically: the bytes go to a
    /// temporary file in the same folder (with the file's permissions), renamed over the map.
    public func save(_ text: String, expected: String) throws -> SaveResult {
        let current = currentVersion()
        guard current == expected else { return .conflict(current: current ?? "missing") }
        let bytes = Array(text.utf8)
        guard bytes.count <= maxBytes else { throw StudioError("the text is larger than \(maxBytes) bytes") }
        try AtomicFile.replace(path, with: bytes)
        return .saved(version: ContentVersion.of(bytes))
    }

    private func currentVersion() -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return ContentVersion.of([UInt8](data))
    }
}

/// What identifies one saved version of a file without reading it: modification time, size and
/// inode (editors that save by renaming change the inode).
public struct FileStamp: Equatable, Sendable {
    var seconds: Int
    var nanoseconds: Int
    var size: Int64
    var inode: UInt64

    init(path: String) {
        var info = stat()
        if stat(path, &info) == 0 {
            seconds = info.st_mtim.tv_sec
            nanoseconds = info.st_mtim.tv_nsec
            size = Int64(info.st_size)
            inode = UInt64(info.st_ino)
        } else {
            (seconds, nanoseconds, size, inode) = (0, 0, -1, 0)
        }
    }
}

/// A failure the studio reports to the user (a write that could not happen, a bad request).
public struct StudioError: Error, CustomStringConvertible, Sendable {
    public var description: String
    init(_ description: String) { self.description = description }
}
