import Foundation
import KMapTestSupport
import Testing

/// `kmap check maps/ --format sarif` as GitHub code scanning takes it: one valid run for all files.
@Suite struct CheckSARIFTests {
    static func sarif(_ arguments: [String], status: Int32 = 0) throws -> (text: String, run: [String: Any]) {
        let outcome = try KMapProcess.run(["check", "--format", "sarif", "--fail-on", "never"] + arguments)
        #expect(outcome.status == status, "\(outcome.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any])
        let runs = try #require(document["runs"] as? [[String: Any]])
        #expect(runs.count == 1)
        return (outcome.stdout, try #require(runs.first))
    }

    static func uris(_ run: [String: Any]) -> Set<String> {
        Set(((run["results"] as? [[String: Any]]) ?? []).compactMap { result in
            let location = (result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any]
            return (location?["artifactLocation"] as? [String: Any])?["uri"] as? String
        })
    }

    @Test func everyExampleMapGoesIntoOneRun() throws {
        let (_, run) = try Self.sarif(["maps/"])
        #expect((run["automationDetails"] as? [String: Any])?["id"] as? String == "kmap/check/")
        #expect(((run["tool"] as? [String: Any])?["driver"] as? [String: Any])?["name"] as? String == "kmap")
        let withFindings = CheckFoldersTests.exampleMaps.filter { $0 != "maps/mature-system.kmap" }
        #expect(Self.uris(run) == Set(withFindings))
    }

    @Test func severalFilesGiveOneRunToo() throws {
        let (_, run) = try Self.sarif(["maps/mature-system.kmap", "maps/literacy-network.kmap", "maps/broken-everything.kmap"])
        #expect(Self.uris(run) == ["maps/literacy-network.kmap", "maps/broken-everything.kmap"])
    }

    @Test(.enabled(if: SARIFSchema.isAvailable, Comment(rawValue: SARIFSchema.missing)))
    func theSARIFOfEveryExampleMapIsValid() throws {
        let (text, _) = try Self.sarif(["maps/"])
        #expect(try SARIFSchema.validate(text) == "")
    }

    /// A map whose last line opens a string it never closes.
    static let broken = CheckFoldersTests.healthy + "\nrepository lost \"Lost and found\n"

    @Test func aMapThatDoesNotParseIsAResultAndExitsTwo() throws {
        let folder = try CheckFoldersTests.folder(["broken.kmap": Self.broken])
        let path = folder.appendingPathComponent("broken.kmap").path
        let (_, run) = try Self.sarif([path], status: 2)
        let results = try #require(run["results"] as? [[String: Any]])
        #expect(results.count == 1)
        #expect(results.first?["level"] as? String == "error")
        #expect(Self.uris(run) == [path])
        let invocation = (run["invocations"] as? [[String: Any]])?.first
        #expect((invocation?["toolExecutionNotifications"] as? [[String: Any]])?.count == 1)
    }

    @Test func theExampleMapsAndABrokenOneGiveOneRun() throws {
        let folder = try CheckFoldersTests.folder(["broken.kmap": Self.broken])
        let path = folder.appendingPathComponent("broken.kmap").path
        let (_, run) = try Self.sarif(["maps/", path], status: 2)
        let withFindings = CheckFoldersTests.exampleMaps.filter { $0 != "maps/mature-system.kmap" }
        #expect(Self.uris(run) == Set(withFindings + [path]))
    }

    @Test(.enabled(if: SARIFSchema.isAvailable, Comment(rawValue: SARIFSchema.missing)))
    func theSARIFOfABrokenMapIsValid() throws {
        let folder = try CheckFoldersTests.folder(["broken.kmap": Self.broken])
        try Data("map \"Caf".utf8 + [0xE9] + Data("\"\n".utf8)).write(to: folder.appendingPathComponent("latin1.kmap"))
        let (alone, _) = try Self.sarif([folder.appendingPathComponent("broken.kmap").path], status: 2)
        #expect(try SARIFSchema.validate(alone) == "")
        let (all, _) = try Self.sarif(["maps/", folder.path], status: 2)
        #expect(try SARIFSchema.validate(all) == "")
    }
}
