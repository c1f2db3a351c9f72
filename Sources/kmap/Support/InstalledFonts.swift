import Foundation
import KMapRender

/// The fonts Graphviz's cairo renderer can use, as fontconfig lists them.
enum InstalledFonts {
    /// What the installed fonts cover, from `fc-list`; nil when fontconfig's tool is missing or
    /// fails (then nothing is reported: a missing checker is no reason to warn).
    static func coverage() -> FontCoverage? {
        let candidates = ["/usr/bin/fc-list", "/usr/local/bin/fc-list", "/opt/homebrew/bin/fc-list"]
        guard let tool = candidates.first(where: FileManager.default.isExecutableFile(atPath:)) else { return nil }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = ["--format", "%{charset}\n"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return FontCoverage(fontconfigCharsets: String(decoding: data, as: UTF8.self))
    }
}
