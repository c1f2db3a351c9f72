import Foundation

/// Runs programs the report tests check output with: a headless browser and Python's jsonschema.
enum ExternalTool {
    /// The output of a finished program.
    struct Output {
        var status: Int32
        var standardOutput: String
        var standardError: String
    }

    /// The path of `name` on `PATH`, if installed.
    static func find(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `executable` with `arguments`, feeding `input` on standard input.
    static func run(_ executable: String, _ arguments: [String], input: String = "") throws -> Output {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let stdin = Pipe()
        let stdout = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Read both pipes while the program runs, so a large output cannot block it.
        let group = DispatchGroup()
        nonisolated(unsafe) var errorData = Data()
        group.enter()
        DispatchQueue.global().async {
            errorData = stderr.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        let outputData = stdout.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return Output(
            status: process.terminationStatus,
            standardOutput: String(decoding: outputData, as: UTF8.self),
            standardError: String(decoding: errorData, as: UTF8.self)
        )
    }

    /// A fresh temporary folder for one test.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kmap-report-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Headless Chromium, as a person's browser sees a report.
enum Browser {
    static let path = ExternalTool.find("chromium-headless-shell")
    static var isAvailable: Bool { path != nil }

    /// The DOM after the page loaded, serialised.
    static func dumpDOM(of file: URL) throws -> String {
        try ExternalTool.run(path ?? "chromium-headless-shell", ["--no-sandbox", "--dump-dom", file.absoluteString]).standardOutput
    }

    /// A screenshot of the page's first screen, 1200 x 900.
    static func screenshot(of file: URL, to png: URL) throws {
        _ = try ExternalTool.run(path ?? "chromium-headless-shell", [
            "--no-sandbox", "--screenshot=\(png.path)", "--window-size=1200,900", file.absoluteString,
        ])
    }
}
