import Foundation
import Testing

/// `kmap check` on inputs from spreadsheets, copy-paste and many hands: each run ends with a clear
/// diagnostic or a correct result, the documented exit status (0 ok, 1 findings, 2 invalid
/// input), within a deadline and without a signal.
///
/// The largest cases (10 MB of one statement, a 1,000,000-step chain, 100,000 duplicate ids) run
/// at full size only when a release binary at least as new as the debug one exists
/// (`swift build -c release`); otherwise they run at a tenth to a fiftieth of the size in the
/// debug binary, which checks the same behaviour in a few seconds.
@Suite struct HostileInputCLITests {
    private static let healthySummary = "waves complete 1/1 · no findings"

    /// Writes `bytes` to a new file and returns its path.
    private func file(_ name: String, _ bytes: [UInt8]) throws -> String {
        let url = try KMapProcess.temporaryFolder().appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url.path
    }

    private func file(_ name: String, _ text: String) throws -> String { try file(name, Array(text.utf8)) }

    /// Runs `kmap check` and checks that the run ended by itself with `status`.
    @discardableResult
    private func check(
        _ arguments: [String], status: Int32, binary: URL = KMapProcess.binary, prefix: [String] = [],
        timeout: Double = 30, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> BoundedRun.Outcome {
        let outcome = try BoundedRun.run(["check"] + arguments, binary: binary, prefix: prefix, timeout: timeout)
        #expect(!outcome.timedOut, "no result within \(timeout) s", sourceLocation: sourceLocation)
        #expect(outcome.signal == nil, "killed by signal \(outcome.signal ?? 0): \(outcome.stderr.suffix(2_000))", sourceLocation: sourceLocation)
        #expect(outcome.status == status, "stderr: \(outcome.stderr.prefix(2_000))", sourceLocation: sourceLocation)
        return outcome
    }

    // MARK: Encodings and odd bytes

    @Test func emptyFileIsAnEmptyMap() throws {
        let outcome = try check([try file("empty.kmap", "")], status: 0)
        #expect(outcome.stderr.contains("W006 empty-map"))
    }

    @Test func fileOfOnlyCommentsIsAnEmptyMap() throws {
        let outcome = try check([try file("comments.kmap", "# nothing here\n\n# yet\n")], status: 0)
        #expect(outcome.stderr.contains("W006 empty-map"))
    }

    @Test func byteOrderMarkAndCRLFGiveTheSameResultAsPlainText() throws {
        let windows = [0xEF, 0xBB, 0xBF] + Array(HostileMaps.healthy.replacingOccurrences(of: "\n", with: "\r\n").utf8)
        let outcome = try check([try file("windows.kmap", windows)], status: 0)
        #expect(outcome.stdout.contains(Self.healthySummary))
        #expect(outcome.stderr.isEmpty)
    }

    @Test func invalidUTF8IsRefusedNamingTheByte() throws {
        let outcome = try check([try file("latin1.kmap", Array("generation a \"caf".utf8) + [0xE9, 0x22, 0x0A])], status: 2)
        #expect(outcome.stderr.contains("E001 invalid-utf8"))
        #expect(outcome.stderr.contains("byte offset 17 (byte 0xE9)"))
    }

    @Test func nulBytesAreInvalidCharacters() throws {
        let outcome = try check([try file("nul.kmap", Array("generation a \"A\"".utf8) + [0, 0, 0x0A])], status: 2)
        #expect(outcome.stderr.contains("E006 invalid-character"))
    }

    // MARK: Size

    @Test func megabyteLineIsReadAndShownAsAWindow() throws {
        let label = String(repeating: "x", count: 1 << 20)
        let map = HostileMaps.healthy.replacingOccurrences(of: "\"Generate\"", with: "\"\(label)\"")
        let outcome = try check([try file("long-line.kmap", map)], status: 0)
        #expect(outcome.stdout.contains(Self.healthySummary))
        #expect(outcome.stdout.utf8.count < 10_000)
    }

    @Test func longLineFullOfErrorsPrintsLinearOutput() throws {
        let line = "generation a \"A\" " + String(repeating: "note ", count: 10_000) + "\n"
        let outcome = try check([try file("long-errors.kmap", line)], status: 2)
        // Text output stops after the first 200 diagnostics and counts the rest.
        #expect(outcome.stderr.components(separatedBy: "E007 unexpected-token").count - 1 == 200)
        #expect(outcome.stderr.contains("4800 more problems not shown"))
        #expect(outcome.stderrBytes < 5_000 * 700, "each excerpt shows a window of the line, not all 50 KB")
    }

    @Test func tenMegabytesOfOneRepeatedStatement() throws {
        let release = BoundedRun.freshReleaseBinary
        let size = release == nil ? 1 << 20 : 10 << 20
        let map = HostileMaps.repeated("c -> k : \"again\"\n", toSize: size)
        let outcome = try check([try file("repeated.kmap", map)], status: 0, binary: release ?? KMapProcess.binary, timeout: 120)
        #expect(outcome.stdout.contains(Self.healthySummary), "duplicate flows change nothing")
    }

    @Test func inputOverTheLimitNamesTheLimitAndTheFlag() throws {
        let path = try file("big.kmap", HostileMaps.healthy)
        let outcome = try check(["--max-input-size", "100", path], status: 2)
        #expect(outcome.stderr.contains("E003 input-too-large"))
        #expect(outcome.stderr.contains("input size limit of 100 bytes"))
        #expect(outcome.stderr.contains("--max-input-size"))
        try check(["--max-input-size", "100000", path], status: 0)
    }

    @Test func theDefaultLimitIs256MiB() throws {
        let path = try file("sparse.kmap", [])
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: UInt64(256 << 20) + 1)
        try handle.close()
        let outcome = try check([path], status: 2)
        #expect(outcome.stderr.contains("input size limit of 268435456 bytes (256 MiB)"), "\(outcome.stderr)")
        let help = try KMapProcess.run(["check", "--help"]).stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("Largest input accepted, in bytes: 256 MiB unless given"))
    }

    @Test func limitAboveWhatOffsetsAddressIsRefused() throws {
        let path = try file("big.kmap", HostileMaps.healthy)
        let outcome = try check(["--max-input-size", "4294967296", path], status: 2)
        #expect(outcome.stderr.contains("--max-input-size can be at most 4294967295 bytes"))
        try check(["--max-input-size", "4294967295", path], status: 0)
    }

    @Test func standardInputOverTheLimitIsRefusedToo() throws {
        let path = try file("big.kmap", HostileMaps.healthy)
        let outcome = try BoundedRun.run(["check", "--max-input-size", "100", "-"], stdin: path)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("--max-input-size"))
    }

    // MARK: Graph shapes

    @Test func hundredThousandDuplicateIDs() throws {
        let release = BoundedRun.freshReleaseBinary
        let count = release == nil ? 5_000 : 100_000
        let path = try file("duplicates.kmap", String(repeating: "generation dup \"Same\"\n", count: count))
        let outcome = try check([path], status: 2, binary: release ?? KMapProcess.binary, timeout: 120)
        #expect(outcome.stderrBytes > 0)
        if outcome.stderrBytes <= BoundedRun.keptOutputBytes {
            #expect(outcome.stderr.components(separatedBy: "E013 duplicate-id").count - 1 == min(count - 1, 200))
        }
        #expect(outcome.stderr.hasPrefix("\(path):2:12: error[E013 duplicate-id]"))
    }

    @Test func millionStepChain() throws {
        let release = BoundedRun.freshReleaseBinary
        let length = release == nil ? 10_000 : 1_000_000
        // About 90 MB at full size: over the default limit, so the limit is raised.
        let outcome = try check(["--max-input-size", "200000000", try file("chain.kmap", HostileMaps.chain(length))], status: 0,
                                binary: release ?? KMapProcess.binary, timeout: 180)
        #expect(outcome.stdout.contains(Self.healthySummary))
        #expect(outcome.peakMemory < 4 << 30)
    }

    @Test func tenThousandWayFanOutAndFanIn() throws {
        let outcome = try check([try file("fan.kmap", HostileMaps.fan(10_000))], status: 0, timeout: 60)
        #expect(outcome.stdout.contains(Self.healthySummary))
    }

    @Test func selfLoopsAreInvalid() throws {
        let outcome = try check([try file("self.kmap", HostileMaps.healthy + "c -> c\nstore -> store\n")], status: 2)
        #expect(outcome.stderr.components(separatedBy: "E014 self-flow").count - 1 == 2)
    }

    @Test func cyclesWithinAndAcrossPhasesAreAnalysed() throws {
        let outcome = try check([try file("cycles.kmap", HostileMaps.cycles)], status: 0)
        #expect(outcome.stdout.contains("waves complete 1/1"))
    }

    // MARK: Project files

    /// A project file of nested aliases (a "billion laughs" of 9^9 rule names) is read as written,
    /// never expanded.
    @Test func projectFileOfNestedAliasesIsNotExpanded() throws {
        var yaml = "l0: &l0 [" + Array(repeating: "\"lol\"", count: 9).joined(separator: ",") + "]\n"
        for level in 1...8 { yaml += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ",") + "]\n" }
        yaml += "disabled_rules: *l8\n"
        let config = try file("bomb.yml", yaml)
        let map = URL(fileURLWithPath: config).deletingLastPathComponent().appendingPathComponent("map.kmap").path
        try HostileMaps.healthy.write(toFile: map, atomically: true, encoding: .utf8)
        let outcome = try check(["--config", config, map], status: 0, timeout: 20)
        #expect(outcome.peakMemory < 200 << 20)
    }

    @Test func invalidProjectFileIsReported() throws {
        let config = try file("broken.yml", "disabled_rules: [\n")
        let map = URL(fileURLWithPath: config).deletingLastPathComponent().appendingPathComponent("map.kmap").path
        try HostileMaps.healthy.write(toFile: map, atomically: true, encoding: .utf8)
        let outcome = try check(["--config", config, map], status: 2)
        #expect(outcome.stderr.contains("invalid YAML"))
    }

    // MARK: Files that cannot be read

    @Test func directoryIsNotAMap() throws {
        let folder = try KMapProcess.temporaryFolder().appendingPathComponent("folder.kmap")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // check takes folders (and finds no map in this one); a command that reads one map does not.
        let checked = try check([folder.path], status: 2)
        #expect(checked.stderr.contains("holds no .kmap files"))
        let outcome = try BoundedRun.run(["render", folder.path, "-o", "-"], timeout: 30)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("E002 unreadable-file"))
        #expect(outcome.stderr.contains("it is a directory"))
    }

    @Test func missingFileIsNamed() throws {
        let outcome = try check(["no/such/map.kmap"], status: 2)
        #expect(outcome.stderr.contains("cannot read 'no/such/map.kmap': no such file"))
    }

    /// Root reads files whatever their mode, so as root the file is read by `nobody` through
    /// `setpriv`; without `setpriv` the case cannot be staged and is skipped.
    @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"),
                   "running as root without setpriv: a mode-000 file stays readable"))
    func unreadableFileIsReported() throws {
        let path = try file("secret.kmap", HostileMaps.healthy)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: path)
        let prefix = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        let outcome = try check([path], status: 2, prefix: prefix)
        #expect(outcome.stderr.contains("cannot read '\(path)': permission denied"))
    }

    /// `/proc/self/mem` opens but fails on the first read (EIO): the read error is reported.
    @Test(.enabled(if: FileManager.default.fileExists(atPath: "/proc/self/mem"), "needs Linux /proc"))
    func fileThatFailsWhileBeingReadIsReported() throws {
        let outcome = try check(["/proc/self/mem"], status: 2)
        #expect(outcome.stderr.contains("E002 unreadable-file"))
    }
}
