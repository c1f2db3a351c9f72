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

    /// The bytes of `path` at `revision` (`git show REV:PATH`; `PATH` is read from the repository
    /// root, or from ``directory`` when it starts with `./` or `../`).
    /// - Throws: ``GitError`` when git is missing, the revision or path does not exist, or the
    ///   file is larger than `maxBytes`.
    public func show(revision: String, path: String, maxBytes: Int) throws(GitError) -> [UInt8] {
        try run(["show", "\(revision):\(path)"], maxBytes: maxBytes)
    }

    /// Every commit that touched `path` (following renames), oldest first; commits that deleted
    /// it and merges that did not change it are left out.
    /// - Throws: ``GitError`` when git fails (not a repository, unknown path).
    public func history(of path: String) throws(GitError) -> [GitCommit] {
        let output = try run(
            ["log", "--follow", "--diff-filter=d", "--name-only", "--format=%x1e%H%x1f%h%x1f%as%x1f%s", "--", path],
            maxBytes: 256 << 20
        )
        var commits: [GitCommit] = []
        for record in String(decoding: output, as: UTF8.self).split(separator: "\u{1E}") {
            let lines = record.split(separator: "\n", omittingEmptySubsequences: true)
            guard let header = lines.first, let name = lines.dropFirst().first else { continue }
            let fields = header.split(separator: "\u{1F}", maxSplits: 3, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4 else { continue }
            commits.append(GitCommit(hash: fields[0], shortHash: fields[1], date: fields[2], subject: fields[3], path: String(name)))
        }
        return commits.reversed()
    }

    /// Runs git with `arguments`, returning its standard output (at most `maxBytes`).
    private func run(_ arguments: [String], maxBytes: Int) throws(GitError) -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "--no-pager", "-c", "core.quotepath=off"] + arguments
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
        if tooLarge { throw GitError("git show \(arguments.last ?? ""): the file is larger than \(maxBytes) bytes") }
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
