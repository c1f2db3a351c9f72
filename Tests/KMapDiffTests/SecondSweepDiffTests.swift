import Foundation
import KMapDiff
import Testing

/// The comparison and git cases of the second reliability sweep (docs/RELIABILITY.md).
@Suite struct SecondSweepDiffTests {
    /// Case 20: a second flow between a connected pair, with its own label, is a change.
    @Test func aSecondFlowBetweenTheSamePairIsAnAddition() {
        let diff = Maps.diff(BaseMap.text, BaseMap.text + "\nadopt -> pdsa : \"another round\"\n")
        #expect(!diff.isEmpty)
        #expect(diff.changeLines == ["added flow adopt -> pdsa"])
        #expect(diff.changes.first?.label == "another round")
        let removed = Maps.diff(BaseMap.text + "\nadopt -> pdsa : \"another round\"\n", BaseMap.text)
        #expect(removed.changeLines == ["removed flow adopt -> pdsa"])
    }

    /// Case 1: a revision that git would read as an option is refused before git runs, and
    /// nothing is written.
    @Test(arguments: ["--output=../victim", "-O/etc/shadow", "-p", "--", "-"])
    func optionLikeRevisionsAreRefused(_ revision: String) throws {
        let fixture = try GitFixture()
        defer { fixture.remove() }
        try fixture.commit("x.kmap", BaseMap.text, message: "First", date: "2024-03-01")
        let victim = fixture.directory.deletingLastPathComponent().appendingPathComponent("victim:x.kmap")
        let error = try #require(throws: GitError.self) {
            try GitRepository(directory: fixture.directory.path).show(revision: revision, path: "x.kmap", maxBytes: 1 << 20)
        }
        #expect(error.message.contains("cannot start with '-'") || error.message.contains("empty"))
        #expect(!FileManager.default.fileExists(atPath: victim.path))
    }

    @Test func revisionsWithControlCharactersAreRefused() {
        #expect(throws: GitError.self) { try GitRevision("HEAD\n--output=x") }
        #expect(throws: GitError.self) { try GitRevision("") }
        #expect((try? GitRevision("main@{2 weeks ago}"))?.text == "main@{2 weeks ago}")
    }

    /// Case 16: a revision and path that name a folder are "not a file", never a listing.
    @Test func aFolderAtARevisionIsNotAFile() throws {
        let fixture = try GitFixture()
        defer { fixture.remove() }
        try fixture.commit("some folder/x.kmap", BaseMap.text, message: "First", date: "2024-03-01")
        let error = try #require(throws: GitError.self) {
            try GitRepository(directory: fixture.directory.path).show(revision: "HEAD", path: "some folder", maxBytes: 1 << 20)
        }
        #expect(error.message.contains("is not a file"))
    }

    /// Case 15: paths with a newline, a quote or a backslash come back from the history as they are.
    @Test(arguments: ["new\nline.kmap", "quo\"te.kmap", "back\\slash.kmap"])
    func historyKeepsUnusualPaths(_ name: String) throws {
        let fixture = try GitFixture()
        defer { fixture.remove() }
        try fixture.commit(name, BaseMap.text, message: "First", date: "2024-03-01")
        try fixture.commit(name, BaseMap.text + "\n", message: "Second", date: "2024-04-01")
        let git = GitRepository(directory: fixture.directory.path)
        let commits = try git.history(of: name)
        #expect(commits.map(\.path) == [name, name])
        let bytes = try git.show(revision: commits[0].hash, path: commits[0].path, maxBytes: 1 << 20)
        #expect(String(decoding: bytes, as: UTF8.self) == BaseMap.text)
    }
}
