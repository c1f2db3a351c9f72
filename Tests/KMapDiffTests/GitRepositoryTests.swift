import Foundation
import KMapDiff
import Testing

/// Versions of a map read from git: `REV:PATH` and the history of a file.
@Suite struct GitRepositoryTests {
    /// Three versions of the base map, the last one after the file moved.
    private func fixture() throws -> GitFixture {
        let fixture = try GitFixture()
        try fixture.commit("maps/network.kmap", BaseMap.text, message: "First map of the network", date: "2024-03-01")
        try fixture.commit("README.md", "notes\n", message: "Unrelated change", date: "2024-04-01")
        try fixture.commit("maps/network.kmap", BaseMap.editing(("status planned", "status existing")),
                           message: "Adoption runs now", date: "2024-06-15")
        try fixture.move("maps/network.kmap", to: "maps/literacy.kmap", message: "Rename the map file", date: "2024-09-30")
        try fixture.commit("maps/literacy.kmap", BaseMap.text + "\nsharing cafe \"Knowledge cafe\" by coaches\n",
                           message: "Add a knowledge café, \"monthly\"", date: "2025-01-10")
        return fixture
    }

    @Test func historyListsEveryCommitThatTouchedTheFileOldestFirst() throws {
        let fixture = try fixture()
        defer { fixture.remove() }
        let commits = try GitRepository(directory: fixture.directory.path).history(of: "maps/literacy.kmap")
        #expect(commits.map(\.date) == ["2024-03-01", "2024-06-15", "2024-09-30", "2025-01-10"])
        #expect(commits.map(\.subject) == ["First map of the network", "Adoption runs now", "Rename the map file", "Add a knowledge café, \"monthly\""])
        #expect(commits.map(\.path) == ["maps/network.kmap", "maps/network.kmap", "maps/literacy.kmap", "maps/literacy.kmap"])
        #expect(commits.allSatisfy { $0.hash.count == 40 && $0.hash.hasPrefix($0.shortHash) })
    }

    @Test func showReadsAFileAtARevision() throws {
        let fixture = try fixture()
        defer { fixture.remove() }
        let git = GitRepository(directory: fixture.directory.path)
        let bytes = try git.show(revision: "HEAD~4", path: "maps/network.kmap", maxBytes: 1 << 20)
        #expect(String(decoding: bytes, as: UTF8.self) == BaseMap.text)
        #expect(throws: GitError.self) { try git.show(revision: "HEAD~9", path: "maps/network.kmap", maxBytes: 1 << 20) }
        #expect(throws: GitError.self) { try git.show(revision: "HEAD", path: "maps/network.kmap", maxBytes: 1 << 20) }
        #expect(throws: GitError.self) { try git.show(revision: "HEAD~4", path: "maps/network.kmap", maxBytes: 10) }
    }

    @Test func aFolderOutsideAnyRepositoryIsAnError() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kmap-nogit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let error = try #require(throws: GitError.self) { try GitRepository(directory: folder.path).history(of: "x.kmap") }
        #expect(error.message.contains("not a git repository"))
    }

    @Test func versionSpecsPreferExistingFiles() {
        #expect(VersionSpec("HEAD~1:maps/x.kmap", fileExists: { _ in false }) == .revision("HEAD~1", path: "maps/x.kmap"))
        #expect(VersionSpec("HEAD~1:maps/x.kmap", fileExists: { _ in true }) == .file("HEAD~1:maps/x.kmap"))
        #expect(VersionSpec("maps/x.kmap", fileExists: { _ in false }) == .file("maps/x.kmap"))
        #expect(VersionSpec(":x.kmap", fileExists: { _ in false }) == .file(":x.kmap"))
        #expect(VersionSpec("HEAD:", fileExists: { _ in false }) == .file("HEAD:"))
        #expect(VersionSpec.revision("v1", path: "a.kmap").displayName == "v1:a.kmap")
    }

    @Test func aRevisionLoadsAndComparesLikeAFile() throws {
        let fixture = try fixture()
        defer { fixture.remove() }
        let git = GitRepository(directory: fixture.directory.path)
        let old = try VersionSpec.revision("HEAD~4", path: "maps/network.kmap").load(git: git)
        let new = try VersionSpec.revision("HEAD", path: "maps/literacy.kmap").load(git: git)
        #expect(old.path == "HEAD~4:maps/network.kmap")
        let diff = MapDiffer.diff(old: MapVersion(source: old).analysis, new: MapVersion(source: new).analysis)
        #expect(diff.changeLines == ["added activity cafe"])
    }

    @Test func trendOverTheHistory() throws {
        let fixture = try fixture()
        defer { fixture.remove() }
        let git = GitRepository(directory: fixture.directory.path)
        let versions = try git.history(of: "maps/literacy.kmap").map { commit in
            let source = try VersionSpec.revision(commit.hash, path: commit.path).load(git: git)
            return (version: commit.shortHash, date: Optional(commit.date), subject: Optional(commit.subject),
                    analysis: MapVersion(source: source).analysis)
        }
        let trend = Trend(versions: versions)
        #expect(trend.points.map { $0.activitiesByPhase["sharing"] } == [1, 1, 1, 2])
        let csv = TrendTableWriter.csv(trend)
        #expect(csv.hasPrefix("version,date,subject,waves_complete,waves_total,errors,warnings,info,generation,"))
        #expect(csv.contains(",2025-01-10,\"Add a knowledge café, \"\"monthly\"\"\","))
    }
}
