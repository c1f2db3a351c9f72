import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// Where kmap writes, in the second reliability sweep (docs/RELIABILITY.md, cases 2, 3, 5, 14):
/// devices and FIFOs are written in place, symbolic links are followed, read-only files are
/// kept unless `--force`, and temporary files never outlive a run.
@Suite struct OutputTargetTests {
    private func workspace() throws -> URL {
        let folder = try KMapProcess.temporaryFolder()
        try HostileMaps.healthy.write(to: folder.appendingPathComponent("m.kmap"), atomically: true, encoding: .utf8)
        return folder
    }

    private func run(_ arguments: [String], in folder: URL) throws -> BoundedRun.Outcome {
        try BoundedRun.run(arguments.map { $0.replacingOccurrences(of: "@", with: folder.path + "/") }, timeout: 60)
    }

    private func fileType(_ path: String) -> mode_t {
        var info = stat()
        return lstat(path, &info) == 0 ? info.st_mode & S_IFMT : 0
    }

    private func leftovers(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.contains(".kmap-tmp-") || $0.contains("nosync") }
    }

    /// Case 2: `/dev/null` stays a device; `/dev/full` is reported as a full disk with exit 2.
    @Test func devicesAreWrittenInPlaceNeverReplaced() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try run(["render", "@m.kmap", "-o", "/dev/null", "--format", "svg"], in: folder).status == 0)
        #expect(fileType("/dev/null") == S_IFCHR)
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let full = try run(["export", "@m.kmap", "--format", "json", "-o", "/dev/full"], in: folder)
        #expect(full.status == 2)
        #expect(full.stderr.contains("No space left on device"))
        #expect(fileType("/dev/full") == S_IFCHR)
    }

    /// Case 2: a FIFO nobody reads is an error, not a hang, and stays a FIFO.
    @Test func aFIFOIsNeverReplaced() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let fifo = folder.appendingPathComponent("out.json").path
        #expect(mkfifo(fifo, 0o644) == 0)
        let outcome = try run(["export", "@m.kmap", "--format", "json", "-o", fifo], in: folder)
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("nothing is reading"))
        #expect(fileType(fifo) == S_IFIFO)
    }

    /// Case 3: the link stays a link, its target gets the output, with the target's mode; a new
    /// file never gets 0777.
    @Test(arguments: [["render", "@m.kmap", "-o", "svg"], ["export", "@m.kmap", "--format", "json", "-o", "json"],
                      ["report", "@m.kmap", "-o", "html"]])
    func symbolicLinksAreFollowed(_ arguments: [String]) throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let (command, suffix) = (Array(arguments.dropLast()), arguments.last!)
        let real = folder.appendingPathComponent("real.\(suffix)").path
        let link = folder.appendingPathComponent("link.\(suffix)").path
        try "old".write(toFile: real, atomically: false, encoding: .utf8)
        chmod(real, 0o640)
        #expect(symlink("real.\(suffix)", link) == 0)
        #expect(try run(command + [link], in: folder).status == 0)
        #expect(fileType(link) == S_IFLNK)
        #expect(try String(contentsOfFile: real, encoding: .utf8) != "old")
        #expect((try FileManager.default.attributesOfItem(atPath: real)[.posixPermissions] as? Int) == 0o640)
        let fresh = folder.appendingPathComponent("fresh.\(suffix)").path
        #expect(try run(command + [fresh], in: folder).status == 0)
        let mode = try #require(try FileManager.default.attributesOfItem(atPath: fresh)[.posixPermissions] as? Int)
        #expect(mode & 0o111 == 0 && mode & 0o002 == 0)
        #expect(try leftovers(folder).isEmpty)
    }

    /// Case 3: `fmt --write` on a link formats the map the link names.
    @Test func fmtWriteFormatsTheLinkedMap() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real.kmap").path
        try "stakeholder   a  \"A\"\n".write(toFile: real, atomically: false, encoding: .utf8)
        #expect(symlink("real.kmap", folder.appendingPathComponent("link.kmap").path) == 0)
        _ = try run(["fmt", "--write", "@link.kmap"], in: folder)
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "stakeholder a \"A\"\n")
        #expect(fileType(folder.appendingPathComponent("link.kmap").path) == S_IFLNK)
    }

    /// Case 5: a read-only output is kept unless `--force`, a workbook as any other.
    @Test(arguments: [("json", "{"), ("xlsx", "PK")])
    func readOnlyOutputsNeedForce(_ format: String, _ start: String) throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out.\(format)").path
        try "keep".write(toFile: output, atomically: false, encoding: .utf8)
        chmod(output, 0o444)
        let refused = try run(["export", "@m.kmap", "--format", format, "-o", output], in: folder)
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("read-only"))
        #expect(try String(contentsOfFile: output, encoding: .utf8) == "keep")
        #expect(try run(["export", "@m.kmap", "--format", format, "-o", output, "--force"], in: folder).status == 0)
        #expect(try String(contentsOfFile: output, encoding: .isoLatin1).hasPrefix(start))
        #expect((try FileManager.default.attributesOfItem(atPath: output)[.posixPermissions] as? Int) == 0o444)
    }

    /// Case 14: temporary files are named after kmap, and ones a killed run left are removed.
    @Test func staleTemporaryFilesAreRemoved() throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        // No process has this id (larger than Linux's largest pid), so the file is stale.
        let stale = folder.appendingPathComponent(".out.json.kmap-tmp-4194305-7")
        try "half".write(to: stale, atomically: false, encoding: .utf8)
        #expect(try run(["export", "@m.kmap", "--format", "json", "-o", "@out.json"], in: folder).status == 0)
        #expect(try leftovers(folder).isEmpty)
    }

    /// Case 14: SIGTERM or SIGINT mid-run leaves no temporary file behind.
    @Test(arguments: [SIGTERM, SIGINT])
    func signalsLeaveNoTemporaryFiles(_ signal: Int32) throws {
        let folder = try workspace()
        defer { try? FileManager.default.removeItem(at: folder) }
        let map = folder.appendingPathComponent("big.kmap")
        try HostileMaps.chain(4_000).write(to: map, atomically: true, encoding: .utf8)
        for delay in [50_000, 150_000, 400_000] as [useconds_t] {
            let process = Process()
            process.executableURL = KMapProcess.binary
            process.arguments = ["export", map.path, "--format", "json", "-o", folder.appendingPathComponent("out.json").path]
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(delay)
            kill(process.processIdentifier, signal)
            process.waitUntilExit()
            #expect(try leftovers(folder).isEmpty, "after a signal at \(delay) µs")
        }
    }
}
