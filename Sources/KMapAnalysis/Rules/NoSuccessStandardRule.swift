import KMapLanguage
import KMapModel

/// no-success-standard: the map states no `standard` of what counts as knowledge. Reported at the
/// map header (or the first line), and only for maps with at least one activity.
public struct NoSuccessStandardRule: FixedGapRule {
    public init() {}

    public static let description = RuleDescription(
        code: "KM012", slug: "no-success-standard", name: "No success standard", defaultSeverity: .info,
        summary: "The map header states no standard of what counts as knowledge.",
        rationale: "An explicit standard of success, such as tested at three or more sites, is the bar consolidation applies. Without it every idea is as good as any other, and what gets shared is whatever was loudest.",
        remedy: "Add `standard \"...\"` to the map header and agree it with the people who generate the knowledge, for example in a synthesis workshop or as part of a learning agenda.",
        techniques: ["learning-agenda", "synthesis-workshop"],
        triggeringExamples: [
            RuleExample("""
                ↓map "Literacy network" {
                  goal "Teachers apply tested reading routines"
                }
                stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers
                """),
            RuleExample("""
                ↓stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(CommonExamples.healthy),
        ]
    )

    public func findings(in context: AnalysisContext) -> [Finding] {
        let map = context.map
        guard map.standards.isEmpty, !map.activities.isEmpty else { return [] }
        let range = map.headerRange.map { SourceRange(start: $0.start, end: min($0.end, $0.start + 3)) } ?? firstStatementRange(in: map)
        return [context.finding(
            Self.description, at: range,
            "the map states no standard of success: nothing says what counts as knowledge", subject: .map
        )]
    }

    /// An empty range at the start of the first non-blank, non-comment line.
    private func firstStatementRange(in map: KMap) -> SourceRange {
        for line in 1...max(1, map.source.lineStarts.count) {
            let text = map.source.lineText(line).trimmingSpaces
            if !text.isEmpty, !text.hasPrefix("#") { return .empty(at: map.source.lineStarts[line - 1]) }
        }
        return .empty(at: 0)
    }
}
