import KMapAnalysis
import KMapLanguage
import KMapModel

/// cadence-not-kept: an activity declared `every ...` left a gap between occurrences (or between
/// the period's bounds and its first or last occurrence) longer than its cadence plus the
/// tolerance (``EvidenceSettings/cadenceTolerance``, 25% unless configured).
public struct CadenceNotKeptRule: EvidenceRule {
    public init() {}

    public static let examples = EvidenceExamples(
        triggering: [
            EvidenceExample("""
                stakeholder staff "Project staff"
                ↓generation aar "After-action review" by staff every month
                """, log: """
                date,activity,participants
                2026-01-12,aar,staff
                2026-02-10,aar,staff
                2026-05-04,aar,staff
                2026-06-01,aar,staff
                """),
        ],
        nonTriggering: [
            EvidenceExample(EvidenceExampleMaps.reviews, log: EvidenceExampleMaps.keptLog),
            // 35 days is within a month and 25%.
            EvidenceExample("""
                stakeholder staff "Project staff"
                generation aar "After-action review" by staff every month
                """, log: """
                date,activity,participants
                2026-01-05,aar,staff
                2026-02-09,aar,staff
                2026-03-09,aar,staff
                """),
        ]
    )

    public static let description = RuleDescription(
        code: "KM017", slug: "cadence-not-kept", name: "Cadence not kept", defaultSeverity: .warning,
        summary: "An activity with a declared cadence left a longer gap between occurrences than its cadence allows.",
        rationale: "A cadence is a promise: the monthly review is where the month's lessons are drawn while people still remember them. When months pass between sessions, what was learned in between is lost or written up from memory, and the activities downstream wait for input that does not come.",
        remedy: "Keep the rhythm (a standing date, a named facilitator, a shorter format when time is short, such as a 15-minute retrospect), or declare the cadence the activity really keeps.",
        scope: "Applies to existing activities with `every ...` that happened at least once in the period (an activity that never happened is never-held). A gap counts from the period's start to the first occurrence, between occurrences, and from the last occurrence to the period's end; it is too long when it exceeds the cadence (a month is 30.4 days) by more than the tolerance, 25% unless `.kmap.yml` sets `evidence: cadence_tolerance`.",
        techniques: ["retrospect"],
        examples: examples
    )

    public func findings(in context: EvidenceContext) -> [Finding] {
        guard let start = context.period.from, let end = context.period.to else { return [] }
        return context.map.activities.modelIndices.compactMap { activity in
            let declared = context.map.activities[activity]
            let occurrences = context.byActivity[activity.position]
            guard declared.status == .existing, let cadence = declared.cadence, !occurrences.isEmpty else { return nil }
            let limit = cadence.days * (1 + context.settings.cadenceTolerance)
            let dates = [start] + occurrences.map { context[$0].date } + [end]
            var longest: (from: EvidenceDate, to: EvidenceDate)?
            var tooLong = 0
            for (from, to) in zip(dates, dates.dropFirst()) where Double(to.day - from.day) > limit {
                tooLong += 1
                if longest.map({ to.day - from.day > $0.to.day - $0.from.day }) ?? true { longest = (from, to) }
            }
            guard let longest else { return nil }
            let days = longest.to.day - longest.from.day
            let others = tooLong > 1 ? "; \(tooLong - 1) more \(tooLong == 2 ? "gap was" : "gaps were") too long" : ""
            return context.finding(
                Self.description, activity: activity,
                "\(context.name(of: activity)) runs every \(cadence), but went \(days) days without an occurrence, from \(longest.from) to \(longest.to)\(others)",
                notes: [DiagnosticNote("a gap is too long above \(Int(limit.rounded(.down))) days: every \(cadence) and \(Int((context.settings.cadenceTolerance * 100).rounded()))%")]
            )
        }
    }
}
