import KMapLanguage
import KMapModel

/// product-without-audience: a capture activity (a knowledge product) names no audience (`for`).
public struct ProductWithoutAudienceRule: FixedGapRule {
    public init() {}

    public static let description = RuleDescription(
        code: "KM011", slug: "product-without-audience", name: "Product without audience", defaultSeverity: .warning,
        summary: "A capture activity produces a knowledge product for no named audience.",
        rationale: "A knowledge product written for nobody in particular is a known failure: it does not tell anyone what to do or with what resources, so nobody picks it up.",
        remedy: "Name the audience with `for` and design the product for them: what they should do differently and with what support. Knowledge briefs, change packages and stories work best when written for one audience.",
        techniques: ["knowledge-brief", "change-package", "storytelling"],
        triggeringExamples: [
            RuleExample("""
                stakeholder coaches "Instructional coaches"
                ↓capture brief "Change brief" by coaches
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(CommonExamples.healthy),
        ]
    )

    public func findings(in context: AnalysisContext) -> [Finding] {
        let map = context.map
        guard let capture = context.roles.capture else { return [] }
        return map.activities.modelIndices.compactMap { index in
            guard map.activities[index].serves(capture),
                  map.activities[index].audience.isEmpty else { return nil }
            let activity = map.activities[index]
            return context.finding(
                Self.description, at: activity.idRange,
                "knowledge product \(context.map.name(of: .activity(index))) is made for nobody in particular: it has no audience (`for`)",
                subject: .node(.activity(index)), nodes: [.activity(index)]
            )
        }
    }
}
