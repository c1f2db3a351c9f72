import Foundation
@testable import KMapEvidence
import KMapLanguage
import KMapTestSupport
import Testing
@testable import KMapStudio

/// The evidence log beside the studio's map: where it is looked for, what the snapshot carries
/// from it, and how the session follows it on disk.
@Suite struct EvidenceItemTests {
    static let map = EvidenceExampleMaps.reviews
    static let log = """
        date,activity,participants,id,acts_on
        2026-01-05,aar,staff,a1,
        2026-01-10,brief,leads,b1,a1
        2026-02-05,aar,staff,a2,
        2026-06-01,adopt,staff;leads,,b1
        """

    private func build(log: String?, lastGood: StudioSnapshot? = nil, map: String = Self.map) -> StudioSnapshot {
        SnapshotBuilder.build(SourceFile(path: "team.kmap", text: map),
                              evidenceLog: log.map { .success(SourceFile(path: "team.evidence.csv", text: $0)) }, lastGood: lastGood)
    }

    @Test func theLogIsNamedAfterTheMapInItsFolder() {
        #expect(EvidenceItem.logPath(besideMap: "/work/maps/team.kmap") == "/work/maps/team.evidence.csv")
        #expect(EvidenceItem.logPath(besideMap: "maps/a.b.KMAP") == "maps/a.b.evidence.csv")
        #expect(EvidenceItem.logPath(besideMap: "notes") == "notes.evidence.csv")
    }

    @Test func withoutALogTheSnapshotHasNoEvidence() {
        #expect(build(log: nil).evidence == nil)
    }

    @Test func aLogBringsTheTimelineIndicatorsAndFindingsLinkedToTheDiagram() throws {
        let evidence = try #require(build(log: Self.log).evidence)
        #expect(evidence.problems.isEmpty)
        #expect(evidence.period == "2026-01-05 to 2026-06-01" && evidence.occurrences == 4)
        #expect(evidence.timeline?.hasPrefix("<svg") == true)
        #expect(evidence.indicators.contains("Lessons acted on within 180 days: 0 of 0 due"))
        #expect(evidence.indicators.first == "Occurrences by phase: generation 2 · consolidation 0 · capture 1 · sharing 0 · application 1")
        let cadence = try #require(evidence.findings.first { $0.slug == "cadence-not-kept" })
        #expect(cadence.id.hasPrefix("e") && cadence.elements == ["act-aar"] && cadence.line == 3)
    }

    @Test func findingsNameTheLogByItsFileName() throws {
        let evidence = try #require(SnapshotBuilder.build(
            SourceFile(path: "/work/maps/team.kmap", text: Self.map),
            evidenceLog: .success(SourceFile(path: "/work/maps/team.evidence.csv", text: Self.log + "\n2026-03-01,review,staff\n"))).evidence)
        #expect(evidence.path == "/work/maps/team.evidence.csv")
        #expect(evidence.findings.first { $0.slug == "undeclared-activity" }?.message.hasPrefix("'review' (team.evidence.csv row 6)") == true)
    }

    @Test func aLogWithErrorsShowsItsDiagnosticsAtRowAndColumnAndIsNotChecked() throws {
        let evidence = try #require(build(log: Self.log + "\n2026-02-30,aar,staf\n").evidence)
        let problems = evidence.problems.map { "\($0.line):\($0.column) \($0.code)" }
        #expect(problems == ["6:1 L004", "6:16 L005"])
        #expect(evidence.problems.last?.message.contains("did you mean 'staff'?") == true)
        #expect(evidence.findings.isEmpty && evidence.timeline == nil && evidence.period.isEmpty)
    }

    @Test func aMapWithErrorsKeepsTheLastGoodEvidenceWhileTheLogIsThere() {
        let good = build(log: Self.log)
        let broken = build(log: Self.log, lastGood: good, map: Self.map + "\nactivity ??\n")
        #expect(broken.hasErrors && broken.evidence == good.evidence)
        #expect(build(log: nil, lastGood: good, map: Self.map + "\nactivity ??\n").evidence == nil)
    }

    @Test func theSessionFollowsTheLogOnDisk() async throws {
        let folder = try ChildProcess.temporaryFolder(prefix: "kmap-studio-evidence")
        let mapPath = folder.appendingPathComponent("team.kmap").path
        try Self.map.write(toFile: mapPath, atomically: true, encoding: .utf8)
        let session = StudioSession(document: MapDocument(path: mapPath), configuration: .init())
        #expect(await session.current().evidence == nil)
        let logPath = EvidenceItem.logPath(besideMap: mapPath)
        try Self.log.write(toFile: logPath, atomically: true, encoding: .utf8)
        let added = try #require(await session.refreshIfChanged())
        #expect(added.evidence?.occurrences == 4)
        try (Self.log + "\n2026-02-30,aar,staff\n").write(toFile: logPath, atomically: true, encoding: .utf8)
        let broken = try #require(await session.refreshIfChanged())
        #expect(broken.evidence?.problems.first?.code == "L004" && broken.version == added.version)
        try FileManager.default.removeItem(atPath: logPath)
        #expect(try #require(await session.refreshIfChanged()).evidence == nil)
        #expect(await session.refreshIfChanged() == nil)
    }
}
