import Foundation
import Testing

/// Sweep case 11: a layout that passes its time or memory limit ends the command with exit
/// status 2 and a message naming the ways to draw less, and leaves the output as it was.
@Suite struct LayoutLimitsCLITests {
    private static let map = KMapProcess.repositoryRoot.appendingPathComponent("maps/mature-system.kmap").path

    @Test(arguments: [
        (["render", map, "--layout-timeout", "0.001"], "ran past 0.001 s (--layout-timeout)"),
        (["render", map, "--layout-memory", "1"], "used more than 1 MiB (--layout-memory)"),
        (["report", map, "--layout-timeout", "0.001"], "ran past 0.001 s (--layout-timeout)"),
    ])
    func aLayoutPastItsLimitEndsClearly(arguments: [String], reason: String) throws {
        let folder = try KMapProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent(arguments[0] == "report" ? "out.html" : "out.svg")
        try "the previous output".write(to: output, atomically: true, encoding: .utf8)
        let outcome = try KMapProcess.run(arguments + ["-o", output.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("kmap: error: the diagram layout \(reason)"))
        #expect(outcome.stderr.contains("--focus"))
        #expect(try String(contentsOf: output, encoding: .utf8) == "the previous output")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == [output.lastPathComponent])
    }

    @Test func aDiffPictureHasTheSameLimits() throws {
        let folder = try KMapProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let picture = folder.appendingPathComponent("diff.svg")
        let old = KMapProcess.repositoryRoot.appendingPathComponent("maps/literacy-network.kmap").path
        let outcome = try KMapProcess.run(["diff", old, Self.map, "-o", picture.path, "--layout-timeout", "0.001"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("(--layout-timeout)"))
        #expect(!FileManager.default.fileExists(atPath: picture.path))
    }

    @Test func limitsWithinReachDrawAsBefore() throws {
        let folder = try KMapProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.svg")
        let outcome = try KMapProcess.run(["render", Self.map, "-o", output.path, "--layout-timeout", "120", "--layout-memory", "4096"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(try String(contentsOf: output, encoding: .utf8).contains("<svg"))
    }

    @Test(arguments: [["--layout-timeout", "0"], ["--layout-memory=-5"]])
    func limitsMustBePositive(_ limit: [String]) throws {
        let outcome = try KMapProcess.run(["render", Self.map, "-o", "-"] + limit)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("must be positive"))
    }
}
