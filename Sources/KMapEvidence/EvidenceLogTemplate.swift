import KMapModel
import KMapText

/// A starter evidence log for a map (`kmap init`): every existing activity at its declared
/// cadence over a period (once without one), phase after phase a week apart, its owners taking part, each
/// occurrence acting on the latest earlier occurrence of an activity that feeds it (through
/// repositories too), so the log shows the map's waves running as drawn.
public enum EvidenceLogTemplate {
    /// The log's CSV text, rows in date order; the first row's note says to replace the rows.
    public static func log(for map: KMap, from start: EvidenceDate, days: Int) -> String {
        var planned: [(day: Int, activity: ActivityIndex)] = []
        for activity in map.activities.modelIndices where map.activities[activity].status == .existing {
            let step = map.activities[activity].cadence.map { max(1, Int($0.days.rounded(.down))) } ?? (days + 1)
            // Each phase starts a week after the one before, so knowledge has something to act on.
            // (within the activity's own cadence, which the log keeps from the first day).
            let first = start.day + min(7 * max(0, map.activities[activity].phase), step - 1)
            for day in stride(from: first, through: start.day + days, by: step) { planned.append((day, activity)) }
        }
        planned.sort { ($0.day, $0.activity) < ($1.day, $1.activity) }
        let upstream = map.activities.modelIndices.map { feeders(of: $0, in: map) }
        var latest: [ActivityIndex: (day: Int, id: String)] = [:]
        var counts: [ActivityIndex: Int] = [:]
        var lines = [EvidenceColumn.headerLine]
        var index = 0
        while index < planned.count {
            let day = planned[index].day
            var group: [(ActivityIndex, String)] = []
            while index < planned.count, planned[index].day == day {
                let activity = planned[index].activity
                let declared = map.activities[activity]
                counts[activity, default: 0] += 1
                let id = "\(declared.id)-\(counts[activity] ?? 1)"
                let source = upstream[activity.position].compactMap { latest[$0] }.max { $0.day < $1.day }?.id ?? ""
                let note = lines.count == 1 ? "an example row: replace these rows with what happened" : ""
                let participants = declared.owners.map { map[$0].id }.joined(separator: ";")
                lines.append(CSVText.line([String(describing: EvidenceDate(day: day)), declared.id, participants, id, source, note]))
                group.append((activity, id))
                index += 1
            }
            for (activity, id) in group { latest[activity] = (day, id) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The activities whose knowledge reaches `activity` directly or through repositories.
    private static func feeders(of activity: ActivityIndex, in map: KMap) -> [ActivityIndex] {
        let graph = map.graph
        var seen: Set<Int> = []
        var found: [ActivityIndex] = []
        graph.breadthFirst(from: Array(graph.predecessors(of: map.nodeIndex(.activity(activity)))), forward: false) { node in
            guard seen.insert(node).inserted else { return false }
            if let feeder = graph.activity(at: node) {
                found.append(feeder)
                return false
            }
            return true
        }
        return found
    }
}
