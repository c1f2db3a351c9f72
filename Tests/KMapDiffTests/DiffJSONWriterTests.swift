import Foundation
import KMapDiff
import Testing

/// The JSON report parses and carries every part of the comparison.
@Suite struct DiffJSONWriterTests {
    private func object(_ diff: MapDiff) throws -> [String: Any] {
        let data = Data(DiffJSONWriter.write(diff).utf8)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    @Test func carriesChangesRenamesFindingsAndWaves() throws {
        let new = BaseMap.editing(("consolidation huddle", "consolidation data_huddle"), ("-> huddle ->", "-> data_huddle ->"), ("status planned", "status existing"))
            + "\nsharing cafe \"Quote \\\" and \\\\ backslash\" by coaches for teachers\nrepository archive \"Archive\"\nbrief -> archive\n"
        let json = try object(Maps.diff(BaseMap.text, new))
        let changes = try #require(json["changes"] as? [[String: Any]])
        let cafe = try #require(changes.first { $0["id"] as? String == "cafe" })
        #expect(cafe["label"] as? String == "Quote \" and \\ backslash")
        #expect(cafe["change"] as? String == "added")
        #expect(cafe["phase"] as? String == "sharing")
        let adopt = try #require(changes.first { $0["id"] as? String == "adopt" })
        let attributes = try #require(adopt["attributes"] as? [[String: String]])
        #expect(attributes == [["name": "status", "old": "planned", "new": "existing"]])
        #expect(json["renames"] as? [String: String] == ["huddle": "data_huddle"])
        let findings = try #require(json["findings"] as? [String: Any])
        let introduced = try #require(findings["introduced"] as? [[String: Any]])
        #expect(introduced.contains { $0["slug"] as? String == "dead-end-repository" && $0["subject"] as? String == "archive" && $0["line"] is Int })
        let waves = try #require(json["waves"] as? [[String: Any]])
        #expect(waves.first?["id"] as? String == "reading")
        #expect((waves.first?["before"] as? [String: Any])?["furthestPhase"] as? String == "application")
        let old = try #require(json["old"] as? [String: Any])
        #expect(old["path"] as? String == "old.kmap")
        #expect((old["summary"] as? [String: Int])?["totalWaves"] == 1)
    }

    @Test func anEmptyComparisonIsValidJSON() throws {
        let json = try object(Maps.diff(BaseMap.text, BaseMap.text))
        #expect((json["changes"] as? [Any])?.isEmpty == true)
        #expect(((json["findings"] as? [String: Any])?["introduced"] as? [Any])?.isEmpty == true)
    }
}
