import Foundation
import KMapDiff
import Testing

/// The comparison on the repository's example maps.
@Suite struct MapDiffTests {
    static let exampleMaps = ((try? FileManager.default.contentsOfDirectory(atPath: Maps.root.appendingPathComponent("maps").path)) ?? [])
        .filter { $0.hasSuffix(".kmap") }.sorted()

    @Test(arguments: exampleMaps)
    func everyExampleMapComparedWithItselfIsEmpty(name: String) throws {
        let analysis = try Maps.example(name)
        let diff = MapDiffer.diff(old: analysis, new: analysis)
        #expect(diff.isEmpty)
        #expect(diff.changes.isEmpty)
        #expect(diff.gaps.persisting.count == analysis.findings.count)
        #expect(DiffTextWriter.write(diff).hasSuffix("\nno changes\n"))
    }

    @Test func theRegionalHealthPairShowsAYearOfProgress() throws {
        let diff = MapDiffer.diff(old: try Maps.example("regional-health-2025.kmap"), new: try Maps.example("regional-health-2026.kmap"))
        let activityLines = diff.changeLines.filter { $0.contains(" activity ") }
        #expect(activityLines == [
            "added activity audit_forum", "added activity audit_actions", "added activity remote_monitoring",
            "added activity virtual_review", "added activity virtual_protocol", "added activity virtual_training",
            "added activity virtual_enrolment", "removed activity printed_newsletter",
            "renamed activity ward_huddles -> safety_huddles", "renamed activity qi_forum -> improvement_forum",
            "changed activity discharge_briefing: owners discharge_team, ward_managers -> discharge_team, liaison_nurses; "
                + "technique none -> peer-learning-exchange",
            "changed activity regional_exchange: status planned -> existing",
        ])
        #expect(diff.changeLines.filter { $0.contains(" flow ") }.count == 9)
        #expect(diff.changeLines.contains("added wave virtual"))
        // One break, one finding: the audit wave's missing sharing carried its missing application.
        #expect(diff.gaps.resolved.map(\.slug) == ["dead-end-repository", "missing-sharing", "no-broker"])
        #expect(diff.gaps.introduced.map(\.slug) == ["open-loop"])
        #expect(diff.changedWaves.map(\.sentence) == [
            "wave audit now reaches application; was capture; now complete; loop now closed",
            "wave virtual is new: reaches application, complete",
        ])
    }

    @Test func renamesCanBeTurnedOff() throws {
        let diff = MapDiffer.diff(
            old: try Maps.example("regional-health-2025.kmap"), new: try Maps.example("regional-health-2026.kmap"),
            options: DiffOptions(detectRenames: false))
        #expect(diff.renames.isEmpty)
        #expect(diff.count(.renamed) == 0)
        #expect(diff.changeLines.contains("removed activity ward_huddles"))
        #expect(diff.changeLines.contains("added activity safety_huddles"))
    }
}
