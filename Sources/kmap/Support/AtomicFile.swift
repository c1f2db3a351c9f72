import Foundation

/// Writes files so that a reader never sees half a file and a failed run never destroys the
/// previous version: the bytes go to a temporary file in the same folder, which is then renamed
/// over the destination (an atomic replace on POSIX file systems).
enum AtomicFile {
    /// Writes `bytes` to `path` atomically, keeping the permissions of an existing file.
    ///
    /// - Parameter protectedInputs: paths the command read; writing over one of them is refused,
    ///   so an output path that equals an input path can never destroy the input.
    static func write(_ bytes: [UInt8], to path: String, protectedInputs: [String] = []) throws {
        try checkDestination(path, protectedInputs: protectedInputs)
        let destination = URL(fileURLWithPath: path).standardizedFileURL
        let folder = destination.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(destination.lastPathComponent).kmap-\(UUID().uuidString).tmp")
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data(bytes)) else {
            throw UserError("cannot write '\(path)': permission denied or disk full")
        }
        do {
            if let attributes = try? FileManager.default.attributesOfItem(atPath: destination.path),
               let permissions = attributes[.posixPermissions] {
                try FileManager.default.setAttributes([.posixPermissions: permissions], ofItemAtPath: temporary.path)
            }
            guard rename(temporary.path, destination.path) == 0 else {
                throw UserError("cannot write '\(path)': \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Throws the error ``write(_:to:protectedInputs:)`` would throw before writing anything:
    /// `path` is an input, a directory, or in a folder that does not exist. Commands that write
    /// several files check them all first, so a refusal leaves every file as it was.
    static func checkDestination(_ path: String, protectedInputs: [String] = []) throws {
        let destination = URL(fileURLWithPath: path).standardizedFileURL
        for input in protectedInputs where sameFile(URL(fileURLWithPath: input).standardizedFileURL, destination) {
            throw UserError("refusing to write '\(path)': it is one of the input files")
        }
        let folder = destination.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw UserError("cannot write '\(path)': it is a directory")
        }
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw UserError("cannot write '\(path)': the folder '\(folder.path)' does not exist")
        }
    }

    /// Writes UTF-8 text atomically.
    static func write(_ text: String, to path: String, protectedInputs: [String] = []) throws {
        try write(Array(text.utf8), to: path, protectedInputs: protectedInputs)
    }

    /// Creates `path` with `text` unless a file of that name exists, and returns whether it did.
    /// The name is claimed with an exclusive create, so a file that appears between a check and
    /// the write is never replaced; the text then arrives by the same atomic rename as ``write``.
    static func create(_ text: String, at path: String) throws -> Bool {
        try checkDestination(path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { return false }
            throw UserError("cannot write '\(path)': \(String(cString: strerror(errno)))")
        }
        close(descriptor)
        do {
            try write(text, to: path)
        } catch {
            unlink(path)
            throw error
        }
        return true
    }

    /// True when two URLs name the same file: the same path, or the same inode via links.
    private static func sameFile(_ a: URL, _ b: URL) -> Bool {
        if a.resolvingSymlinksInPath().path == b.resolvingSymlinksInPath().path { return true }
        var statA = stat()
        var statB = stat()
        guard stat(a.path, &statA) == 0, stat(b.path, &statB) == 0 else { return false }
        return statA.st_dev == statB.st_dev && statA.st_ino == statB.st_ino
    }
}
