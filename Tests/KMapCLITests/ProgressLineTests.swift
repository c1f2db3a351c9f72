import Foundation
import KMapTestSupport
import Testing

/// The progress line of long commands: shown on a terminal (a pseudo-terminal made by
/// util-linux `script`), rewritten in place and cleared; never written to a pipe.
@Suite(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "needs util-linux script"))
struct ProgressLineTests {
    private let clearLine = "\r\u{1B}[K"

    /// Runs `kmap arguments` with standard error on a pseudo-terminal; `script` copies what the
    /// terminal received to its standard output.
    private func onTerminal(_ arguments: [String], in folder: URL) throws -> String {
        let command = ([KMapProcess.binary.path] + arguments).map { "'\($0)'" }.joined(separator: " ")
        let outcome = try ChildProcess.run(URL(fileURLWithPath: "/usr/bin/script"), ["-qec", command, "/dev/null"],
                                           in: folder, environment: ["NO_COLOR": "1"], timeout: 120)
        #expect(outcome.status == 0, "\(outcome.stdout) \(outcome.stderr)")
        return outcome.stdout
    }

    @Test func renderAndGenerateShowWhatTheyDoOnATerminalAndClearIt() throws {
        let folder = try KMapProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = KMapProcess.repositoryRoot.appendingPathComponent("maps/literacy-network.kmap").path
        let render = try onTerminal(["render", map, "-o", "out.svg"], in: folder)
        #expect(render.contains(/\r\u{1B}\[Kkmap: laying out \d+ activities and drawing svg…\r\u{1B}\[Kwrote out.svg/), "\(render.debugDescription)")
        let generate = try onTerminal(["generate", "--activities", "3000", "-o", "big.kmap"], in: folder)
        #expect(generate.contains(clearLine + "kmap: generating 3,000 activities…" + clearLine), "\(generate.debugDescription)")
    }

    @Test func aPipeGetsNoProgress() throws {
        let folder = try KMapProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let render = try KMapProcess.run(["render", "maps/literacy-network.kmap", "-o", folder.appendingPathComponent("out.svg").path])
        #expect(render.status == 0)
        #expect(!render.stderr.contains("laying out") && !render.stderr.contains("\u{1B}"), "\(render.stderr.debugDescription)")
        #expect(render.stderr.hasPrefix("wrote "))
        let generate = try KMapProcess.run(["generate", "--activities", "3000", "-o", folder.appendingPathComponent("big.kmap").path])
        #expect(generate.status == 0 && generate.stderr.isEmpty, "\(generate.stderr.debugDescription)")
    }
}
