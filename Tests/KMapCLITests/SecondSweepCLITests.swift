import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Input limits, configuration links, capped diagnostics and `watch` in the second reliability
/// sweep (docs/RELIABILITY.md, cases 6, 12, 13, 17, 18, 19): each a bounded run with a time and
/// memory ceiling.
@Suite struct SecondSweepCLITests {
    private static let dropRoot = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []

    private func folder() throws -> URL { try KMapProcess.temporaryFolder() }

    private func write(_ text: String, _ name: String, in folder: URL) throws -> String {
        let url = folder.appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    /// Case 6: an endless standard input stops at the limit: E003, exit 2, at once.
    @Test func endlessStandardInputStopsAtTheLimit() throws {
        let outcome = try BoundedRun.run(["check", "-", "--max-input-size", "1000"], stdin: "/dev/zero", timeout: 20)
        #expect(!outcome.timedOut)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("E003"))
        #expect(outcome.peakMemory < 200 << 20)
    }

    /// Case 17: a dangling or looping `.kmap.yml` link is an error, never skipped for a parent's file.
    @Test(arguments: ["dangling", "loop"])
    func brokenConfigurationLinksAreErrors(_ kind: String) throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try write("disabled_rules: [KM012]\n", ".kmap.yml", in: root)
        let inner = root.appendingPathComponent("maps")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        let map = try write(HostileMaps.healthy, "m.kmap", in: inner)
        let link = inner.appendingPathComponent(".kmap.yml").path
        if kind == "loop" { #expect(symlink(".kmap.yml", link) == 0) } else { #expect(symlink("missing.yml", link) == 0) }
        let outcome = try BoundedRun.run(["check", map], timeout: 20)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains(kind == "loop" ? "loop" : "does not exist"))
    }

    /// Case 18: a YAML error on a 500 KB line prints a capped excerpt.
    @Test func yamlErrorsPrintCappedExcerpts() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try write("severity: " + String(repeating: "[", count: 500_000) + "\n", ".kmap.yml", in: root)
        let map = try write(HostileMaps.healthy, "m.kmap", in: root)
        let outcome = try BoundedRun.run(["check", map], timeout: 60)
        #expect(outcome.status == 2)
        #expect(outcome.stderrBytes < 8_000)
    }

    /// Case 18: 20,000 mistakes print the first 200 and a count, not megabytes.
    @Test func manyDiagnosticsAreCapped() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let map = try write(HostileMaps.healthy + String(repeating: "frobnicate x\n", count: 20_000), "m.kmap", in: root)
        let outcome = try BoundedRun.run(["check", map], timeout: 60)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("more problems not shown"))
        #expect(outcome.stderrBytes < 200_000)
        let json = try BoundedRun.run(["check", map, "--diagnostics-format", "json"], timeout: 60)
        #expect(json.stderrBytes > outcome.stderrBytes)
    }

    /// Case 19: import never writes a map that the input limit would refuse.
    @Test func importKeepsToTheInputLimit() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let rows = (1...40).map { "a\($0),generation,Activity number \($0)" }.joined(separator: "\n")
        let table = try write("id,phase,label\n" + rows + "\n", "t.csv", in: root)
        let output = root.appendingPathComponent("out.kmap").path
        // A long title makes the map far larger than the table, which fits the limit.
        let title = String(repeating: "t", count: 3_000)
        let outcome = try BoundedRun.run(["import", table, "-o", output, "--title", title, "--max-input-size", "2500"], timeout: 20)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("input size limit"))
        #expect(!FileManager.default.fileExists(atPath: output))
        #expect(try BoundedRun.run(["import", table, "-o", output], timeout: 20).status == 0)
        #expect(try BoundedRun.run(["check", output], timeout: 20).status != 2)
    }

    /// A workbook (an xlsx file or a folder of CSV sheets) is held to the input limit before any
    /// of it is read, as a single table is.
    @Test func workbooksKeepToTheInputLimit() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let map = try write(HostileMaps.healthy, "m.kmap", in: root)
        let book = root.appendingPathComponent("m.xlsx").path
        let sheets = root.appendingPathComponent("sheets").path
        #expect(try BoundedRun.run(["export", map, "--format", "xlsx", "-o", book], timeout: 20).status == 0)
        #expect(try BoundedRun.run(["export", map, "--format", "csv-folder", "-o", sheets], timeout: 20).status == 0)
        for input in [book, sheets] {
            let output = root.appendingPathComponent("out.kmap").path
            let refused = try BoundedRun.run(["import", input, "-o", output, "--max-input-size", "100"], timeout: 20)
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("larger than the input size limit of 100 bytes"), "\(refused.stderr)")
            #expect(!FileManager.default.fileExists(atPath: output))
            #expect(try BoundedRun.run(["import", input, "-o", output], timeout: 20).status == 0)
            try FileManager.default.removeItem(atPath: output)
        }
    }

    /// Case 13: an unreadable folder is named and the watcher keeps watching.
    @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "needs setpriv as root"))
    func watchReportsAnUnreadableFolderAndKeepsWatching() throws {
        let root = try folder()
        defer { chmod(root.appendingPathComponent("locked").path, 0o755); try? FileManager.default.removeItem(at: root) }
        chmod(root.path, 0o777)
        let locked = root.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        let map = try write(HostileMaps.healthy, "m.kmap", in: locked)
        chmod(locked.path, 0o000)
        let outcome = try BoundedRun.run(["watch", map, "-o", root.appendingPathComponent("m.svg").path, "--interval", "0.1"],
                                         prefix: Self.dropRoot, timeout: 3)
        #expect(outcome.timedOut, "the watcher keeps watching")
        #expect(outcome.stderr.contains("cannot read the folder '\(locked.path)'"))
        #expect(outcome.stderr.contains("still watching"))
        #expect(!outcome.stderr.contains("internal error"))
    }

    /// Case 12: a newer save cancels a render still running, and the renderer ends with the
    /// watcher.
    @Test func watchCancelsAndKillsItsRenderers() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (watcher, map) = try Self.watchAHangingMap(in: root)
        defer { if watcher.isRunning { kill(watcher.processIdentifier, SIGKILL) } }
        let first = try #require(Self.waitForChild(of: watcher.processIdentifier, besides: nil), "the watcher started a renderer")
        defer { kill(first, SIGKILL) }
        var times = [timespec(tv_sec: 1_000_000, tv_nsec: 0), timespec(tv_sec: 1_000_000, tv_nsec: 0)]
        #expect(utimensat(AT_FDCWD, map, &times, 0) == 0)
        let second = try #require(Self.waitForChild(of: watcher.processIdentifier, besides: first), "a save started a new renderer")
        defer { kill(second, SIGKILL) }
        #expect(Self.hasEnded(first), "the hung renderer was cancelled")
        kill(watcher.processIdentifier, SIGTERM)
        // Bounded, not `waitUntilExit()`: a lost exit notice must fail this test, not hang the run.
        #expect(Self.hasEnded(watcher.processIdentifier), "the watcher ended on SIGTERM")
        #expect(Self.hasEnded(second), "the renderer ended with the watcher")
    }

    /// A renderer also ends when its watcher is killed outright (SIGKILL, which no handler sees):
    /// the kernel ends it with its parent.
    @Test func aKilledWatcherTakesItsRendererWithIt() throws {
        let root = try folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let (watcher, _) = try Self.watchAHangingMap(in: root)
        defer { if watcher.isRunning { kill(watcher.processIdentifier, SIGKILL) } }
        let renderer = try #require(Self.waitForChild(of: watcher.processIdentifier, besides: nil), "the watcher started a renderer")
        defer { kill(renderer, SIGKILL) }
        kill(watcher.processIdentifier, SIGKILL)
        #expect(Self.hasEnded(renderer), "the renderer ended with its killed watcher")
    }

    /// Starts `kmap watch` on a map that is a FIFO nobody writes, so every render hangs reading it.
    /// No output is shared with the test run: a renderer left behind must not hold its pipes.
    private static func watchAHangingMap(in root: URL) throws -> (watcher: Process, map: String) {
        let map = root.appendingPathComponent("m.kmap").path
        #expect(mkfifo(map, 0o644) == 0)
        let watcher = Process()
        watcher.executableURL = KMapProcess.binary
        watcher.arguments = ["watch", map, "-o", root.appendingPathComponent("m.svg").path, "--interval", "0.05"]
        watcher.standardOutput = FileHandle.nullDevice
        watcher.standardError = FileHandle.nullDevice
        try watcher.run()
        return (watcher, map)
    }

    /// True when `pid` is gone or a zombie (an orphan waits for whoever reaps it) within 2 s.
    private static func hasEnded(_ pid: pid_t) -> Bool {
        for _ in 0..<80 {
            guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
                  let state = stat.split(separator: ")").last?.split(separator: " ").first else { return true }
            if state == "Z" || state == "X" { return true }
            usleep(25_000)
        }
        return false
    }

    private static func waitForChild(of pid: pid_t, besides old: pid_t?) -> pid_t? {
        for _ in 0..<200 {
            if let child = children(of: pid).first(where: { $0 != old }) { return child }
            usleep(25_000)
        }
        return nil
    }

    private static func children(of pid: pid_t) -> [pid_t] {
        let text = (try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/children", encoding: .utf8)) ?? ""
        return text.split(separator: " ").compactMap { pid_t($0.trimmingCharacters(in: .whitespacesAndNewlines)) }
    }
}
