import Foundation

/// The studio's only way to write a file: the bytes go to a temporary file in the same folder
/// (with the destination's permissions), which is renamed over it, so a reader never sees half a
/// map and a failed write leaves the old one.
enum AtomicFile {
    static func replace(_ path: String, with bytes: [UInt8]) throws {
        let destination = URL(fileURLWithPath: path).standardizedFileURL
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".\(destination.lastPathComponent).kmap-\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
            throw StudioError("cannot write '\(path)': permission denied or disk full")
        }
        if let permissions = try? FileManager.default.attributesOfItem(atPath: destination.path)[.posixPermissions] {
            try? FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
        }
        guard rename(temporary.path, destination.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw StudioError("cannot write '\(path)': \(reason)")
        }
    }
}
