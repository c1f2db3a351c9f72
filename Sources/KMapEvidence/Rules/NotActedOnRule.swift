import KMapAnalysis
import KMapLanguage
import KMapModel

/// not-acted-on: capture or sharing occurrences that no application occurrence acts on
/// (`acts_on`, directly or through a chain) within the window, 180 days unless configured.
/// Reported once per activity, naming the first such occurrences.
public struct NotActedOnRule: EvidenceRule {
    public init() {}

    public static let examples = EvidenceExamples(
        triggering: [
            EvidenceExample("""
                stakeholder staff "Project staff"
                stakeholder leads "Team leads"
                generation aar "After-action review" by staff every quarter
                ↓capture brief "Lessons brief" by leads for staff
                application adopt "Adopt the change" by leads, staff
                aar -> brief -> adopt
                """, log: """
                date,activity,participants,id,acts_on
                2026-01-12,aar,staff;leads,aar-q1,
                2026-01-20,brief,leads,brief-q1,aar-q1
                2026-04-13,aar,staff;leads,aar-q2,
                2026-10-02,adopt,leads;staff,,brief-q1
                """),
        ],
        nonTriggering: [
            EvidenceExample(EvidenceExampleMaps.reviews, log: EvidenceExampleMaps.keptLog),
            // Through a chain: the brief is shared, and the application acts on the sharing.
            EvidenceExample("""
                stakeholder staff "Project staff"
                generation aar "After-action review" by staff
                capture brief "Lessons brief" by staff for staff
                sharing cop "Community of practice" by staff for staff
                application adopt "Adopt the change" by staff
                aar -> brief -> cop -> adopt
                """, log: """
                date,activity,participants,id,acts_on
                2026-01-12,aar,staff,a1,
                2026-01-20,brief,staff,b1,a1
                2026-02-20,cop,staff,c1,b1
                2026-04-01,adopt,staff,,c1
                """),
            // The map sends the donor report to no application: that is the gap rules' concern.
            EvidenceExample("""
                stakeholder staff "Project staff"
                stakeholder donor "Donor" external
                generation aar "After-action review" by staff
                sharing report "Donor report" by staff for donor
                aar -> report
                """, log: """
                date,activity,participants
                2026-01-12,aar,staff
                2026-01-20,report,staff
                2026-09-01,aar,staff
                """),
        ]
    )

    public static let description = RuleDescription(
        code: "KM020", slug: "not-acted-on", name: "Not acted on", defaultSeverity: .warning,
        summary: "Capture or sharing occurrences that no application occurrence acts on within 180 days.",
        rationale: "A lesson is learned only when someone acts on it: the proportion of lessons identified in reviews that are acted upon within six months is a standard indicator of a knowledge system. Briefs and sessions that nothing follows are lessons identified, not learned.",
        remedy: "Follow each brief or session with an owned action and a date (an action tracker reviewed at the next review), and log the application with `acts_on` naming what it applies.",
        scope: "Applies to occurrences of capture and sharing activities from which the map's flows lead to an application (knowledge the map never sends to be applied is open-loop's and unapplied-sharing's concern), in the period, whose window has closed by the period's end; an application counts when it names the occurrence in `acts_on`, or names one that does, on a chain of any length. The window is 180 days unless `.kmap.yml` sets `evidence: not_acted_on_days`.",
        techniques: ["after-action-review"],
        examples: examples
    )

    public func findings(in context: EvidenceContext) -> [Finding] {
        let window = context.settings.notActedOnDays
        return Lessons(context).byActivity.compactMap { activity, due, missed in
            guard !missed.isEmpty else { return nil }
            let shown = missed.prefix(3).map { String(describing: context[$0].date) }
            let more = missed.count > 3 ? " and \(missed.count - 3) more" : ""
            return context.finding(
                Self.description, activity: activity,
                "\(missed.count) of \(due.count) \(due.count == 1 ? "occurrence" : "occurrences") of \(context.name(of: activity)) \(missed.count == 1 ? "was" : "were") not acted on within \(window) days: \(ProseList.joined(shown))\(more)",
                notes: [DiagnosticNote("an application occurrence acts on one when its acts_on names it, or names an occurrence that acts on it")]
            )
        }
    }
}
