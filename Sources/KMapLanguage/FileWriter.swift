import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Why a file could not be written; the message names the file and the reason.
public struct FileWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String
    /// True when the system ran out of room (ENOSPC, EDQUOT): the environment, not the input.
    public var isOutOfSpace: Bool

    public init(_ message: String, isOutOfSpace: Bool = false) {
        self.message = message
        self.isOutOfSpace = isOutOfSpace
    }

    public var description: String { message }
}

/// The one place kmap writes files, so that a reader never sees half a file and a failed or
/// interrupted run never destroys the previous version.
///
/// - A regular file is replaced atomically: the bytes go to a temporary file next to it
///   (`.NAME.kmap-tmp-PID-RANDOM`, removed on failure and on SIGINT, SIGTERM and SIGHUP; ones
///   left by a killed run are removed by the next write), which is renamed over it with the old
///   file's permissions. A new file gets 0644 minus the umask.
/// - A symbolic link is followed: its final target is replaced and the link stays a link.
/// - A device or FIFO (`/dev/null`, `/dev/stdout`, a pipe) is written directly, never replaced.
/// - A read-only file is refused unless `replaceReadOnly` is set.
public enum FileWriter {
    /// Writes `bytes` to `path` as described above.
    /// - Throws: ``FileWriteError`` naming `path`; nothing was changed unless the destination is
    ///   a device or FIFO that took part of the bytes.
    public static func write(_ bytes: [UInt8], to path: String, replaceReadOnly: Bool = false) throws(FileWriteError) {
        let target = try resolveLinks(path)
        var info = stat()
        if lstat(target, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFREG:
                if info.st_mode & 0o222 == 0 && !replaceReadOnly {
                    throw FileWriteError("refusing to replace '\(path)': it is read-only (pass --force to replace it)")
                }
                try replace(target, named: path, with: bytes, mode: info.st_mode & 0o7777)
            case S_IFDIR:
                throw FileWriteError("cannot write '\(path)': it is a directory")
            default:
                try writeInPlace(target, named: path, bytes: bytes, isFIFO: info.st_mode & S_IFMT == S_IFIFO)
            }
        } else {
            try replace(target, named: path, with: bytes, mode: nil)
        }
    }

    /// Creates `path` with `bytes` unless something of that name exists (returns false then). The
    /// name is claimed with an exclusive create, so a file that appears meanwhile is never replaced.
    public static func create(_ bytes: [UInt8], at path: String) throws(FileWriteError) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            if errno == EEXIST { return false }
            throw failure(path, errno)
        }
        close(descriptor)
        do {
            try write(bytes, to: path)
        } catch {
            unlink(path)
            throw error
        }
        return true
    }

    /// The file `path` finally names once symbolic links are followed (at most 40, as the
    /// kernel allows); a dangling link names the file it would create.
    static func resolveLinks(_ path: String) throws(FileWriteError) -> String {
        var current = path
        for _ in 0..<40 {
            var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
            let length = readlink(current, &buffer, buffer.count - 1)
            guard length >= 0 else { return current }
            let link = String(decoding: buffer[..<length].map { UInt8(bitPattern: $0) }, as: UTF8.self)
            current = link.hasPrefix("/") ? link : (current as NSString).deletingLastPathComponent.appendingPathComponentIfRelative(link)
        }
        throw FileWriteError("cannot write '\(path)': too many levels of symbolic links")
    }

    /// Writes a temporary file next to `target` and renames it over `target`.
    private static func replace(_ target: String, named path: String, with bytes: [UInt8], mode: mode_t?) throws(FileWriteError) {
        let folder = (target as NSString).deletingLastPathComponent
        let name = (target as NSString).lastPathComponent
        TemporaryFiles.removeStale(in: folder.isEmpty ? "." : folder, for: name)
        let temporary = TemporaryFiles.path(in: folder, for: name)
        TemporaryFiles.register(temporary)
        defer { TemporaryFiles.unregister(temporary) }
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode ?? 0o644)
        guard descriptor >= 0 else { throw failure(path, errno) }
        var error = writeAll(descriptor, bytes)
        if error == 0, let mode, fchmod(descriptor, mode) != 0 { error = errno }
        if error == 0, fsync(descriptor) != 0 { error = errno }
        if close(descriptor) != 0, error == 0 { error = errno }
        if error == 0, rename(temporary, target) != 0 { error = errno }
        if error != 0 {
            unlink(temporary)
            throw failure(path, error)
        }
    }

    /// Writes into a device or FIFO as it is (a FIFO nobody reads is an error, not a hang).
    private static func writeInPlace(_ target: String, named path: String, bytes: [UInt8], isFIFO: Bool) throws(FileWriteError) {
        let descriptor = open(target, O_WRONLY | O_CLOEXEC | (isFIFO ? O_NONBLOCK : 0))
        guard descriptor >= 0 else {
            throw errno == ENXIO ? FileWriteError("cannot write '\(path)': nothing is reading the FIFO") : failure(path, errno)
        }
        defer { close(descriptor) }
        if isFIFO { _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) & ~O_NONBLOCK) }
        let error = writeAll(descriptor, bytes)
        if error != 0 { throw failure(path, error) }
    }

    /// Writes every byte, retrying short writes and interruptions; the errno of a failure, or 0.
    private static func writeAll(_ descriptor: Int32, _ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBytes { buffer -> Int32 in
            var offset = 0
            while offset < buffer.count {
                let written = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return 0
        }
    }

    private static func failure(_ path: String, _ code: Int32) -> FileWriteError {
        let outOfSpace = code == ENOSPC || code == EDQUOT
        return FileWriteError("cannot write '\(path)': \(String(cString: strerror(code)))", isOutOfSpace: outOfSpace)
    }
}

extension String {
    /// `self` as a folder with `component` appended (`component` is relative).
    fileprivate func appendingPathComponentIfRelative(_ component: String) -> String {
        isEmpty ? component : (self as NSString).appendingPathComponent(component)
    }
}
