import Foundation

/// Why git could not give what was asked.
public struct GitError: Error, Hashable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }
}

/// One commit that touched a file, as `git log` describes it.
public struct GitCommit: Hashable, Sendable {
    public var hash: String
    public var shortHash: String
    /// The author date, `YYYY-MM-DD`.
    public var date: String
    public var subject: String
    /// The file's path at that commit, from the repository root (it may have been renamed since).
    public var path: String
}

/// Reads old versions of files from the git repository around a folder, by running `git`.
public struct GitRepository: Sendable {
    /// The folder git runs in; revisions and paths are read as they would be there.
    public var directory: String

    public init(directory: String = ".") {
        self.directory = directory
    }

    /// The bytes of `path` at `revision` (`PATH` is read from the repository root, or from
    /// ``directory`` when it starts with `./` or `../`).
    ///
    /// The revision is checked (``GitRevision``), resolved to a verified object id, and only a
    /// file (a blob) is read: every git call ends its options with `--end-of-options`.
    /// - Throws: ``GitError`` when git is missing, the revision or path does not exist, names a
    ///   folder, or the file is larger than `maxBytes`.
    public func show(revision: String, path: String, maxBytes: Int) throws(GitError) -> [UInt8] {
        let checked = try GitRevision(revision)
        let name = "\(checked.text):\(path)"
        let missing = GitError("'\(GitRevision.printable(name))' does not exist (no such revision, or no such path in it)")
        let resolved: [UInt8]
        do {
            resolved = try run(["rev-parse", "--verify", "--quiet", "--end-of-options", name], maxBytes: 256)
        } catch {
            throw error.message.hasPrefix("cannot run git") || error.message.contains("not a git repository") ? error : missing
        }
        let object = String(decoding: resolved, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard GitRevision.isObjectID(object) else { throw missing }
        let kind = String(decoding: try run(["cat-file", "-t", object], maxBytes: 64), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        guard kind == "blob" else {
            throw GitError("'\(GitRevision.printable(name))' is not a file (git has a \(kind) there)")
        }
        return try run(["cat-file", "blob", object], maxBytes: maxBytes)
    }

    /// Every commit that touched `path` (following renames), oldest first; commits that deleted
    /// it and merges that did not change it are left out.
    /// - Throws: ``GitError`` when git fails (not a repository, unknown path).
    public func history(of path: String) throws(GitError) -> [GitCommit] {
        // `-z` ends every name with NUL and leaves it unquoted, so any byte a path may hold
        // (newline, quote, backslash) comes back as it is.
        let output = try run(
            ["log", "-z", "--follow", "--diff-filter=d", "--name-only", "--format=%x1e%H%x1f%h%x1f%as%x1f%s", "--", path],
            maxBytes: 256 << 20
        )
        var commits: [GitCommit] = []
        for record in output.split(separator: 0x1E) {
            let parts = record.split(separator: 0, omittingEmptySubsequences: true)
            guard let header = parts.first, var name = parts.dropFirst().first else { continue }
            if name.first == 0x0A { name = name.dropFirst() }
            let fields = String(decoding: header, as: UTF8.self)
                .split(separator: "\u{1F}", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, !name.isEmpty else { continue }
            commits.append(GitCommit(hash: fields[0], shortHash: fields[1], date: fields[2], subject: fields[3],
                                     path: String(decoding: name, as: UTF8.self)))
        }
        return commits.reversed()
    }

    /// Runs git with `arguments`, returning its standard output (at most `maxBytes`).
    private func run(_ arguments: [String], maxBytes: Int) throws(GitError) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "--no-pager", "--literal-pathspecs", "-c", "core.quotepath=off"] + arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw GitError("cannot run git: \(error.localizedDescription)")
        }
        let errorText = PipeCollector(errors.fileHandleForReading)
        var bytes: [UInt8] = []
        var tooLarge = false
        while let chunk = try? output.fileHandleForReading.read(upToCount: 1 << 16), !chunk.isEmpty {
            bytes.append(contentsOf: chunk)
            if bytes.count > maxBytes {
                tooLarge = true
                process.terminate()
                break
            }
        }
        process.waitUntilExit()
        let message = errorText.text().trimmingCharacters(in: .whitespacesAndNewlines)
        if tooLarge { throw GitError("git \(arguments[0]): the output is larger than \(maxBytes) bytes") }
        guard process.terminationStatus == 0 else {
            throw GitError(message.isEmpty ? "git \(arguments[0]) failed with status \(process.terminationStatus)" : message)
        }
        return bytes
    }
}

/// Reads a pipe to its end on another thread, so a chatty process never blocks on a full pipe.
private final class PipeCollector: @unchecked Sendable {
    private let lock = NSLock()
    private let done = DispatchSemaphore(value: 0)
    private var data = Data()

    init(_ handle: FileHandle) {
        DispatchQueue.global().async {
            let all = handle.readDataToEndOfFile()
            self.lock.withLock { self.data = all }
            self.done.signal()
        }
    }

    /// Everything the pipe carried, as text; waits until the writer closed it.
    func text() -> String {
        done.wait()
        return lock.withLock { String(decoding: data, as: UTF8.self) }
    }
}
