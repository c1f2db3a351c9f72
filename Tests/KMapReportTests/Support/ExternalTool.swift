import Foundation
import KMapTestSupport

/// Runs programs the report tests check output with: a headless browser and Python's jsonschema.
enum ExternalTool {
    /// The path of `name` on `PATH`, if installed.
    static func find(_ name: String) -> String? {
        let folders = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return folders.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `executable` with `arguments`, feeding `input` on standard input.
    static func run(_ executable: String, _ arguments: [String], input: String = "") throws -> ChildProcess.Outcome {
        try ChildProcess.run(URL(fileURLWithPath: executable), arguments, input: input)
    }

    /// A fresh temporary folder for one test.
    static func temporaryFolder() throws -> URL {
        try ChildProcess.temporaryFolder(prefix: "kmap-report-tests")
    }
}

/// Headless Chromium, as a person's browser sees a report.
enum Browser {
    static let path = ExternalTool.find("chromium-headless-shell")
    static var isAvailable: Bool { path != nil }

    /// The DOM after the page loaded, serialised.
    static func dumpDOM(of file: URL) throws -> String {
        try ExternalTool.run(path ?? "chromium-headless-shell", ["--no-sandbox", "--dump-dom", file.absoluteString]).stdout
    }

    /// A screenshot of the page's first screen, 1200 x 900.
    static func screenshot(of file: URL, to png: URL) throws {
        _ = try ExternalTool.run(path ?? "chromium-headless-shell", [
            "--no-sandbox", "--screenshot=\(png.path)", "--window-size=1200,900", file.absoluteString,
        ])
    }
}
