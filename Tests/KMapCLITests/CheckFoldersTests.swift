import Foundation
import Testing

/// `kmap check` over folders and several maps, as linters are run in CI: `kmap check maps/`.
@Suite struct CheckFoldersTests {
    static let exampleMaps: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: KMapProcess.repositoryRoot.appendingPathComponent("maps").path)) ?? []
        return names.filter { $0.hasSuffix(".kmap") }.sorted().map { "maps/\($0)" }
    }()

    /// The paths the summary lines of a text report name, in order.
    static func summarisedPaths(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            guard let range = line.range(of: ": waves complete ") else { return nil }
            return String(line[..<range.lowerBound])
        }.filter { !$0.hasPrefix("total of") }
    }

    /// A folder holding `files` (relative path -> text).
    static func folder(_ files: [String: String]) throws -> URL {
        let folder = try KMapProcess.temporaryFolder()
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
        return folder
    }

    static let healthy = try! String(contentsOf: KMapProcess.repositoryRoot.appendingPathComponent("maps/mature-system.kmap"), encoding: .utf8)

    @Test func aFolderStandsForItsMapsSortedByPath() throws {
        let outcome = try KMapProcess.run(["check", "--fail-on", "never", "maps/"])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(Self.exampleMaps.count > 5)
        #expect(Self.summarisedPaths(outcome.stdout) == Self.exampleMaps)
        let total = try #require(outcome.stdout.split(separator: "\n").last)
        #expect(total.hasPrefix("total of \(Self.exampleMaps.count) maps: waves complete "))
    }

    @Test func foldersAreSearchedRecursivelySkippingHiddenFoldersAndOtherFiles() throws {
        let folder = try Self.folder([
            "b.kmap": Self.healthy, "a/z.kmap": Self.healthy, "a/notes.txt": "not a map",
            ".build/x.kmap": "broken \"", ".git/y.kmap": "broken \"", "c/.hidden/w.kmap": "broken \"",
        ])
        let outcome = try KMapProcess.run(["check", folder.path])
        #expect(outcome.status == 0, "\(outcome.stderr)")
        #expect(Self.summarisedPaths(outcome.stdout) == [folder.path + "/a/z.kmap", folder.path + "/b.kmap"])
    }

    @Test func foldersMixWithFilesAndAFileNamedTwiceIsCheckedOnce() throws {
        let outcome = try KMapProcess.run(["check", "--fail-on", "never", "maps/mature-system.kmap", "maps", "maps/literacy-network.kmap"])
        #expect(outcome.status == 0)
        let named = Self.summarisedPaths(outcome.stdout)
        #expect(named.first == "maps/mature-system.kmap")
        #expect(named.count == Self.exampleMaps.count)
        #expect(Set(named) == Set(Self.exampleMaps))
    }

    @Test func anEmptyFolderIsAnError() throws {
        let folder = try Self.folder(["notes.txt": "no maps here", ".hidden/a.kmap": Self.healthy])
        let outcome = try KMapProcess.run(["check", folder.path])
        #expect(outcome.status == 2)
        #expect(outcome.stderr.contains("kmap: error: '\(folder.path)' holds no .kmap files"))
        #expect(outcome.stdout.isEmpty)
    }

    @Test func fmtTakesFoldersToo() throws {
        let outcome = try KMapProcess.run(["fmt", "--check", "maps/"])
        #expect(outcome.status == 0, "maps/ should be in canonical layout: \(outcome.stdout)")
        let folder = try Self.folder(["m.kmap": "generation  g \"G\"\n"])
        let unformatted = try KMapProcess.run(["fmt", "--check", folder.path])
        #expect(unformatted.status == 1)
        #expect(unformatted.stdout == folder.path + "/m.kmap\n")
    }

    @Test func eachSummaryNamesItsFileAndATotalEndsTheText() throws {
        let outcome = try KMapProcess.run(["check", "--fail-on", "never", "maps/mature-system.kmap", "maps/literacy-network.kmap"])
        let lines = outcome.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.contains("maps/mature-system.kmap: waves complete 4/4 · no findings"))
        #expect(lines.contains { $0.hasPrefix("maps/literacy-network.kmap: waves complete ") })
        #expect(lines.dropLast().last == "total of 2 maps: waves complete 11/12 (10 as is) · 3 warnings")
        let single = try KMapProcess.run(["check", "maps/mature-system.kmap"])
        #expect(single.stdout == "waves complete 4/4 · no findings\n")
    }

    @Test func theTotalCountsInvalidMapsApart() throws {
        let folder = try Self.folder(["bad.kmap": "generation pdsa \"unterminated\n", "good.kmap": Self.healthy])
        let outcome = try KMapProcess.run(["check", folder.path])
        #expect(outcome.status == 2)
        #expect(outcome.stdout.hasSuffix("total of 2 maps: waves complete 4/4 · no findings · 1 map invalid, not counted\n"))
    }

    @Test func jsonForSeveralMapsIsAnArrayEvenWhenOnlyOneIsValid() throws {
        let folder = try Self.folder(["bad.kmap": "generation pdsa \"unterminated\n", "good.kmap": Self.healthy])
        let outcome = try KMapProcess.run(["check", "--format", "json", folder.path])
        #expect(outcome.status == 2)
        let documents = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]]
        #expect(documents?.compactMap { $0["path"] as? String } == [folder.path + "/good.kmap"])
    }

    @Test func jsonOfAFolderIsAnArrayOfDocumentsInPathOrder() throws {
        let outcome = try KMapProcess.run(["check", "--format", "json", "--fail-on", "never", "maps/"])
        let documents = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        #expect(documents.compactMap { $0["path"] as? String } == Self.exampleMaps)
    }
}
