import KMapAnalysis
import KMapLanguage
import KMapModel

/// undeclared-activity: log rows name an activity the map does not declare. One finding per
/// name, at the map's header, naming the first row and suggesting close ids.
public struct UndeclaredActivityRule: EvidenceRule {
    public init() {}

    public static let examples = EvidenceExamples(
        triggering: [
            EvidenceExample("""
                ↓map "Project reviews"
                stakeholder staff "Project staff"
                generation aar "After-action review" by staff every month
                """, log: """
                date,activity,participants
                2026-01-12,aar,staff
                2026-01-19,retro,staff
                """),
        ],
        nonTriggering: [
            EvidenceExample(EvidenceExampleMaps.reviews, log: EvidenceExampleMaps.keptLog),
        ]
    )

    public static let description = RuleDescription(
        code: "KM021", slug: "undeclared-activity", name: "Undeclared activity", defaultSeverity: .error,
        summary: "A row of the evidence log names an activity the map does not declare.",
        rationale: "What happens and is not on the map is knowledge work the system does not know it has: it feeds nothing, is owned by no one on paper, and the map's analysis is blind to it. Or it is a typing slip, and the occurrence it records is missing from the activity it belongs to.",
        remedy: "Correct the id in the log, or declare the activity on the map with its phase, owners and flows.",
        scope: "Applies to every row of the log, in and out of the period.",
        techniques: ["knowledge-repository"],
        examples: examples
    )

    public func findings(in context: EvidenceContext) -> [Finding] {
        var rowsByName: [String: [UndeclaredRow]] = [:]
        var names: [String] = []
        for row in context.evidence.undeclared {
            if rowsByName[row.name] == nil { names.append(row.name) }
            rowsByName[row.name, default: []].append(row)
        }
        let range = context.map.headerRange ?? .empty(at: 0)
        return names.map { name in
            let rows = rowsByName[name] ?? []
            let first = rows[0]
            let place = "\(context.evidence.logs[first.log].path) row \(first.row)" + (rows.count > 1 ? " and \(rows.count - 1) more \(rows.count == 2 ? "row" : "rows")" : "")
            let hint = Suggestions.didYouMean(first.suggestions).map { "; \($0)" } ?? ""
            return Finding(
                Self.description, range: range,
                message: "'\(TextExcerpt.capped(name))' (\(place)) is not an activity of the map\(hint)",
                subject: .map, key: "undeclared:\(name)"
            )
        }
    }
}
