import Foundation
import KMapTestSupport

/// Runs the `kmap` binary built by `swift build`/`swift test` and captures what it prints.
struct KMapProcess {
    /// What a run printed and how it ended.
    typealias Outcome = ChildProcess.Outcome

    /// The repository root.
    static let repositoryRoot = GoldenFile.repositoryRoot

    /// The debug binary next to the test bundle.
    static var binary: URL {
        let products = Bundle.main.bundleURL.deletingLastPathComponent()
        let candidate = products.appendingPathComponent("kmap")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return repositoryRoot.appendingPathComponent(".build/debug/kmap")
    }

    /// Runs `kmap arguments` in `directory` (the repository root by default) with `stdin` as
    /// input, colour off.
    static func run(
        _ arguments: [String], in directory: URL = repositoryRoot, stdin: String? = nil,
        environment: [String: String] = [:]
    ) throws -> Outcome {
        try ChildProcess.run(binary, arguments, input: stdin, in: directory,
                             environment: ["NO_COLOR": "1"].merging(environment) { $1 })
    }

    /// A fresh temporary folder for a test's files.
    static func temporaryFolder() throws -> URL {
        try ChildProcess.temporaryFolder(prefix: "kmap-cli")
    }
}
