import Foundation

/// A throw-away git repository in a temporary folder, with commits at fixed dates.
struct GitFixture {
    let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kmap-git-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try git(["init", "-q"])
    }

    /// Writes `text` to `path` (relative to the repository) and commits it with `message`, dated `date`.
    func commit(_ path: String, _ text: String, message: String, date: String) throws {
        let file = directory.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        try git(["add", "-A"])
        try git(["-c", "user.name=Fixture", "-c", "user.email=fixture@example.org", "commit", "-q", "-m", message],
                environment: ["GIT_AUTHOR_DATE": "\(date)T12:00:00Z", "GIT_COMMITTER_DATE": "\(date)T12:00:00Z"])
    }

    /// Moves a file and commits the move.
    func move(_ from: String, to: String, message: String, date: String) throws {
        try git(["mv", from, to])
        try git(["-c", "user.name=Fixture", "-c", "user.email=fixture@example.org", "commit", "-q", "-m", message],
                environment: ["GIT_AUTHOR_DATE": "\(date)T12:00:00Z", "GIT_COMMITTER_DATE": "\(date)T12:00:00Z"])
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }

    private func git(_ arguments: [String], environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment
            .merging(["GIT_CONFIG_GLOBAL": "/dev/null", "GIT_CONFIG_NOSYSTEM": "1"].merging(environment) { $1 }) { $1 }
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw FixtureError(message: "git \(arguments.joined(separator: " ")) failed") }
    }

    struct FixtureError: Error {
        let message: String
    }
}
