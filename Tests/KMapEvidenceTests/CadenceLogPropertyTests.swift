import KMapAnalysis
import KMapEvidence
import KMapGenerate
import KMapLanguage
import KMapModel
import PropertyBased
import Testing

/// A log that holds every activity exactly at its declared cadence (the starter log `kmap init`
/// writes), from any start day, over any period and with any tolerance, reads without a problem
/// and gives no cadence-not-kept and no never-held finding.
@Suite struct CadenceLogPropertyTests {
    /// The starter log of `kmap init`: each existing activity at its cadence from `start` to `end`.
    static func log(for map: KMap, from start: EvidenceDate, to end: EvidenceDate) -> String {
        EvidenceLogTemplate.log(for: map, from: start, days: end.day - start.day)
    }

    @Test func aLogKeptToTheMapsOwnCadencesHasNoCadenceFindings() async throws {
        await propertyCheck(count: 60, input: Gen.uint64(), Gen.int(in: 0...20_000), Gen.int(in: 30...800), Gen.int(in: 0...60)) { seed, startDay, length, tolerance in
            let map = compile(MapGenerator(activities: 40, seed: seed).generate())
            let start = EvidenceDate(day: startDay)
            let end = start.adding(days: length)
            let evidence = read(Self.log(for: map, from: start, to: end), against: map)
            #expect(!evidence.hasErrors)
            let project = try? ProjectConfiguration.parse(SourceFile(path: ".kmap.yml", text: "evidence:\n  cadence_tolerance: \(tolerance)%\n"))
            let result = EvidenceCheck.check(map, evidence: evidence, period: EvidencePeriod(from: start, to: end),
                                             configuration: AnalysisConfiguration(project: project))
            #expect(result.findings.filter { $0.slug == "cadence-not-kept" || $0.slug == "never-held" }.map(\.message) == [])
            #expect(map.activities.contains { $0.cadence != nil }, "the generated map declares cadences")
        }
    }

    @Test func theSameLogMissingOneOccurrenceIsReported() {
        let map = compile(MapGenerator(activities: 40, seed: 7).generate())
        let start = EvidenceDate(iso: "2026-01-01")!
        let weekly = map.activities.first { $0.cadence?.days == 7 && $0.status == .existing }
        let text = Self.log(for: map, from: start, to: start.adding(days: 120))
        guard let weekly else { Issue.record("no weekly activity in the generated map"); return }
        let first = text.split(separator: "\n").first { $0.contains(",\(weekly.id),") }.map { String($0.prefix(10)) }
        let dropped = "\(EvidenceDate(iso: first ?? "")?.adding(days: 14) ?? start),\(weekly.id),"
        let lines = text.split(separator: "\n").filter { !$0.hasPrefix(dropped) }
        let evidence = read(lines.joined(separator: "\n"), against: map)
        let result = EvidenceCheck.check(map, evidence: evidence, period: EvidencePeriod(from: start, to: start.adding(days: 120)))
        #expect(result.findings.filter { $0.slug == "cadence-not-kept" }.map(\.key) == [weekly.id])
    }
}
