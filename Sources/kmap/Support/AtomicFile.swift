import Foundation
import KMapLanguage

/// The command line's file writing: refuses to write over the command's inputs, then hands the
/// bytes to ``FileWriter`` (atomic replace, symlinks followed, devices and FIFOs written in place,
/// read-only files refused, temporary files cleaned up on signals).
enum AtomicFile {
    /// Writes `bytes` to `path` atomically, keeping the permissions of an existing file.
    ///
    /// - Parameter protectedInputs: paths the command read; writing over one of them is refused,
    ///   so an output path that equals an input path can never destroy the input.
    /// - Parameter force: replace a read-only file too.
    static func write(_ bytes: [UInt8], to path: String, protectedInputs: [String] = [], force: Bool = false) throws {
        try checkDestination(path, protectedInputs: protectedInputs, force: force)
        do {
            try FileWriter.write(bytes, to: path, replaceReadOnly: force)
        } catch {
            throw UserError(error.message)
        }
    }

    /// Throws the error ``write(_:to:protectedInputs:)`` would throw before writing anything:
    /// `path` is an input, a directory, or in a folder that does not exist. Commands that write
    /// several files check them all first, so a refusal leaves every file as it was.
    static func checkDestination(_ path: String, protectedInputs: [String] = [], force: Bool = false) throws {
        let destination = URL(fileURLWithPath: path).standardizedFileURL
        for input in protectedInputs where sameFile(URL(fileURLWithPath: input).standardizedFileURL, destination) {
            throw UserError("refusing to write '\(path)': it is one of the input files")
        }
        let folder = destination.deletingLastPathComponent()
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: destination.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw UserError("cannot write '\(path)': it is a directory")
        }
        if !force, access(destination.path, F_OK) == 0, !FileManager.default.isWritableFile(atPath: destination.path) || isReadOnly(destination.path) {
            throw UserError("refusing to replace '\(path)': it is read-only (pass --force to replace it)")
        }
        guard FileManager.default.fileExists(atPath: folder.path) else {
            throw UserError("cannot write '\(path)': the folder '\(folder.path)' does not exist")
        }
    }

    /// Writes UTF-8 text atomically.
    static func write(_ text: String, to path: String, protectedInputs: [String] = [], force: Bool = false) throws {
        try write(Array(text.utf8), to: path, protectedInputs: protectedInputs, force: force)
    }

    /// Creates `path` with `text` unless a file of that name exists, and returns whether it did
    /// (see ``FileWriter/create(_:at:)``).
    static func create(_ text: String, at path: String) throws -> Bool {
        try checkDestination(path)
        do {
            return try FileWriter.create(Array(text.utf8), at: path)
        } catch {
            throw UserError(error.message)
        }
    }

    /// True when no one may write `path` by its mode bits (root may write anyway, but a read-only
    /// file says that its owner wants it kept).
    private static func isReadOnly(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFREG && info.st_mode & 0o222 == 0
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
