import KMapModel
import KMapText

/// The indicators as a JSON object, for the `evidence` member of `kmap evidence --format json`:
/// `from`, `to`, `occurrences`, `byActivity` (`id`, `occurrences`), `byPhase` (`phase`,
/// `occurrences`), `lessons` (`due`, `actedOn`, `windowDays`), `participation` (`stakeholder`,
/// then occurrences per phase name), `waves` (`generations`, `completed`,
/// `medianDaysToApplication`, null when none completed).
public enum EvidenceIndicatorsJSON {
    public static func object(_ indicators: EvidenceIndicators, context: EvidenceContext) -> String {
        let map = context.map
        let phases = map.framework.phases
        func date(_ value: EvidenceDate?) -> String { value.map { JSONText.quoted($0.description) } ?? "null" }
        func object(_ members: [(String, String)]) -> String {
            "{" + members.map { JSONText.quoted($0.0) + ": " + $0.1 }.joined(separator: ", ") + "}"
        }
        func array(_ items: [String], indent: String = "    ") -> String {
            items.isEmpty ? "[]" : "[\n" + items.map { indent + "  " + $0 }.joined(separator: ",\n") + "\n" + indent + "]"
        }
        let activities = map.activities.modelIndices.map { index in
            object([("id", JSONText.quoted(map.activities[index].id)), ("occurrences", String(indicators.occurrencesByActivity[index.position]))])
        }
        let byPhase = phases.indices.map { object([("phase", JSONText.quoted(phases[$0])), ("occurrences", String(indicators.occurrencesByPhase[$0]))]) }
        let participation = map.stakeholders.modelIndices.map { index in
            object([("stakeholder", JSONText.quoted(map[index].id))]
                + phases.indices.map { (phases[$0], String(indicators.participation[index.position][$0])) })
        }
        let median = indicators.medianDaysToApplication.map { String($0) } ?? "null"
        let members: [(String, String)] = [
            ("from", date(context.period.from)), ("to", date(context.period.to)),
            ("occurrences", String(context.inPeriod.count)),
            ("byActivity", array(activities)), ("byPhase", array(byPhase)),
            ("lessons", object([("due", String(indicators.lessonsDue)), ("actedOn", String(indicators.lessonsActedOn)),
                                ("windowDays", String(context.settings.notActedOnDays))])),
            ("participation", array(participation)),
            ("waves", object([("generations", String(indicators.generations)), ("completed", String(indicators.completedWaves)),
                              ("medianDaysToApplication", median)])),
        ]
        return "{\n" + members.map { "    " + JSONText.quoted($0.0) + ": " + $0.1 }.joined(separator: ",\n") + "\n  }"
    }
}
