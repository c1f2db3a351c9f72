import KMapEvidence
import KMapLanguage
import KMapModel

/// A generated evidence log for the evidence stage: ten occurrences per activity, at most
/// ``rowLimit`` rows (100,000 rows against a 10,000-activity map), a month apart, owners taking
/// part, each acting on the same month's occurrence of an earlier-phase activity that feeds it.
enum EvidenceFixture {
    static let rowLimit = 100_000

    static func log(for map: KMap) -> SourceFile {
        let perActivity = max(1, min(10, rowLimit / max(1, map.activities.count)))
        let base = EvidenceDate(year: 2026, month: 1, day: 5)!
        var lines = [EvidenceColumn.headerLine]
        lines.reserveCapacity(map.activities.count * perActivity + 1)
        for activity in map.activities.modelIndices where lines.count <= rowLimit {
            let declared = map.activities[activity]
            let feeder = map.graph.predecessors(of: map.nodeIndex(.activity(activity))).lazy
                .compactMap { map.graph.activity(at: $0) }.first { map.activities[$0].phase < declared.phase }
            let participants = declared.owners.map { map[$0].id }.joined(separator: ";")
            for month in 0..<perActivity {
                let date = base.adding(days: month * 30 + max(0, declared.phase) * 3)
                let actsOn = feeder.map { "\(map.activities[$0].id)-\(month)" } ?? ""
                lines.append("\(date),\(declared.id),\(participants),\(declared.id)-\(month),\(actsOn),")
            }
        }
        return SourceFile(path: "generated.evidence.csv", text: lines.joined(separator: "\n") + "\n")
    }
}
