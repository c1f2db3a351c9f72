import Foundation
import Testing

/// `kmap render` and `kmap watch` as a user runs them.
@Suite struct RenderCommandTests {
    @Test func rendersNextToTheMapByDefault() throws {
        let folder = try KMapProcess.temporaryFolder()
        let map = folder.appendingPathComponent("network.kmap")
        try FileManager.default.copyItem(at: KMapProcess.repositoryRoot.appendingPathComponent("maps/mature-system.kmap"), to: map)
        let outcome = try KMapProcess.run(["render", map.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(outcome.stderr.contains("waves complete 4/4"))
        let svg = try String(contentsOf: folder.appendingPathComponent("network.svg"), encoding: .utf8)
        #expect(svg.contains("<svg"))
        #expect(svg.contains("</svg>"))
    }

    @Test(arguments: ["svg", "png", "pdf", "dot", "mmd"])
    func formatFollowsTheExtension(fileExtension: String) throws {
        let folder = try KMapProcess.temporaryFolder()
        let output = folder.appendingPathComponent("diagram.\(fileExtension)")
        let outcome = try KMapProcess.run(["render", "maps/literacy-network.kmap", "-o", output.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let bytes = try Data(contentsOf: output)
        let magic: [String: [UInt8]] = ["png": [0x89, 0x50, 0x4E, 0x47], "pdf": Array("%PDF".utf8), "dot": Array("digraph".utf8), "svg": Array("<?xml".utf8)]
        if let expected = magic[fileExtension] { #expect(Array(bytes.prefix(expected.count)) == expected) }
        if fileExtension == "mmd" { #expect(String(decoding: bytes, as: UTF8.self).contains("flowchart LR")) }
    }

    /// A map piped in comes out on standard output: nothing is written in the current folder
    /// unless `-o` names a file.
    @Test func standardInputIsDrawnToStandardOutput() throws {
        let folder = try KMapProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = try String(contentsOf: KMapProcess.repositoryRoot.appendingPathComponent("maps/mature-system.kmap"), encoding: .utf8)
        let piped = try KMapProcess.run(["render", "-"], in: folder, stdin: map)
        #expect(piped.status == 0, "\(piped.stderr)")
        #expect(piped.stdout.hasPrefix("<?xml") && piped.stdout.contains("</svg>"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).isEmpty)
        let named = try KMapProcess.run(["render", "-", "-o", "out.dot"], in: folder, stdin: map)
        #expect(named.status == 0, "\(named.stderr)")
        #expect(named.stdout.isEmpty)
        #expect(try String(contentsOf: folder.appendingPathComponent("out.dot"), encoding: .utf8).hasPrefix("digraph"))
    }

    /// A character no installed font has (Linear A, in no font `make setup` installs) is a
    /// warning with its place for PNG and PDF, where it would be a box; the picture is still drawn.
    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: "/usr/bin/fc-list"), "needs fontconfig's fc-list"))
    func labelsNoFontDrawsAreWarnedAboutForPNGAndPDF() throws {
        let folder = try KMapProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = "stakeholder t \"Teachers\"\ngeneration g \"Tablet 𐘀𐘁\" by t\ncapture c \"Plain brief\" by t for t\ng -> c\n"
        for format in ["png", "pdf"] {
            let outcome = try KMapProcess.run(["render", "-", "-o", "out.\(format)"], in: folder, stdin: map)
            #expect(outcome.status == 0, "\(outcome.stderr)")
            #expect(outcome.stderr.contains("<stdin>:2:1: warning[R001 missing-glyph]: no installed font draws '𐘀' (U+10600), '𐘁' (U+10601)"))
            #expect(outcome.stderr.components(separatedBy: "R001").count == 2, "one warning, for the one label")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("out.\(format)").path))
        }
        let svg = try KMapProcess.run(["render", "-", "-o", "out.svg"], in: folder, stdin: map)
        #expect(svg.status == 0 && !svg.stderr.contains("R001"))
        let latin = try KMapProcess.run(["render", "-", "-o", "plain.png"], in: folder, stdin: map.replacingOccurrences(of: "𐘀𐘁", with: "é"))
        #expect(latin.status == 0 && !latin.stderr.contains("R001"))
    }

    /// `--per-wave`: one numbered file per wave, each fitted to a 16:9 slide (960 x 540 points).
    @Test func perWaveWritesOneSlideSizedFilePerWave() throws {
        let folder = try KMapProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let deck = folder.appendingPathComponent("deck")
        let outcome = try KMapProcess.run(["render", "maps/literacy-network.kmap", "--per-wave", deck.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        let files = try FileManager.default.contentsOfDirectory(atPath: deck.path).sorted()
        #expect(files.count == 8 && files.first == "1-fluency.svg", "\(files)")
        for file in files {
            let svg = try String(contentsOf: deck.appendingPathComponent(file), encoding: .utf8)
            let size = try #require(svg.firstMatch(of: /<svg width="(\d+)pt" height="(\d+)pt"/))
            let (width, height) = (try #require(Int(size.output.1)), try #require(Int(size.output.2)))
            #expect(width <= 961 && height <= 541 && (width >= 959 || height >= 539), "\(file): \(width) x \(height)")
        }
        let wrong = try KMapProcess.run(["render", "maps/literacy-network.kmap", "--page", "a4", "--format", "dot"])
        #expect(wrong.status != 0 && wrong.stderr.contains("--page and --per-wave draw svg, png or pdf"))
    }

    @Test func unknownFocusSuggestsANameAndExitsTwo() throws {
        let outcome = try KMapProcess.run(["render", "maps/literacy-network.kmap", "--focus", "pdsa_fluncy", "-o", "-"])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("did you mean 'pdsa_fluency'"))
    }

    @Test func neverWritesOverTheMapAndKeepsThePreviousDiagramOnFailure() throws {
        let folder = try KMapProcess.temporaryFolder()
        let map = folder.appendingPathComponent("map.kmap")
        let output = folder.appendingPathComponent("map.svg")
        try FileManager.default.copyItem(at: KMapProcess.repositoryRoot.appendingPathComponent("maps/mature-system.kmap"), to: map)
        #expect(try KMapProcess.run(["render", map.path, "--format", "svg", "-o", map.path]).status == 2)
        #expect(try KMapProcess.run(["render", map.path, "-o", output.path]).status == 0)
        let before = try Data(contentsOf: output)
        try "generation pdsa \"broken\n".write(to: map, atomically: true, encoding: .utf8)
        #expect(try KMapProcess.run(["render", map.path, "-o", output.path]).status == 2)
        #expect(try Data(contentsOf: output) == before)
    }

    @Test func watchRendersAgainAfterASaveAndSurvivesSyntaxErrors() async throws {
        let folder = try KMapProcess.temporaryFolder()
        let map = folder.appendingPathComponent("live.kmap")
        let output = folder.appendingPathComponent("live.svg")
        try "generation g \"First idea\"\n".write(to: map, atomically: true, encoding: .utf8)
        let process = Process()
        process.executableURL = KMapProcess.binary
        process.arguments = ["watch", map.path, "-o", output.path, "--interval", "0.1", "--max-renders", "3"]
        // The log is a file, read while the watcher runs: each save waits until the watcher has
        // answered the previous one, so on a slow machine a newer save cannot cancel a render
        // before it has reported.
        let logFile = folder.appendingPathComponent("watch.log")
        FileManager.default.createFile(atPath: logFile.path, contents: nil)
        process.standardError = try FileHandle(forWritingTo: logFile)
        let log = { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }
        try process.run()
        try await waitFor { (try? String(contentsOf: output, encoding: .utf8))?.contains("First idea") == true }
        // Saved by renaming a complete file into place: an in-place write can be seen half done
        // by the watcher, which then spends one of its three renders on a truncated file.
        try "generation g \"unterminated\n".write(to: map, atomically: true, encoding: .utf8)
        try await waitFor { log().contains("E004 unterminated-string") }
        try "generation g \"Second idea\"\n".write(to: map, atomically: true, encoding: .utf8)
        try await waitFor { (try? String(contentsOf: output, encoding: .utf8))?.contains("Second idea") == true }
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(log().components(separatedBy: "wrote ").count == 3)
    }

    /// Waits up to a minute (a loaded machine has taken most of that for one render).
    private func waitFor(_ condition: () -> Bool) async throws {
        for _ in 0..<600 where !condition() { try await Task.sleep(for: .milliseconds(100)) }
        #expect(condition())
    }
}
