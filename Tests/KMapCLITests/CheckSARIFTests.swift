import Foundation
import KMapTestSupport
import Testing

/// `kmap check maps/ --format sarif` as GitHub code scanning takes it: one valid run for all files.
@Suite struct CheckSARIFTests {
    static func sarif(_ arguments: [String]) throws -> (text: String, run: [String: Any]) {
        let outcome = try KMapProcess.run(["check", "--format", "sarif", "--fail-on", "never"] + arguments)
        #expect(outcome.status == 0, "\(outcome.stderr)")
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
}
