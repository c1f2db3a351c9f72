import KMapAnalysis
import KMapModel

/// unheard-in-practice: a stakeholder who must be heard (see ``Voice``) took part in no
/// generation, consolidation or application occurrence in the period: the democratic principle
/// checked against what happened, not against the map.
public struct UnheardInPracticeRule: EvidenceRule {
    public init() {}

    public static let examples = EvidenceExamples(
        triggering: [
            EvidenceExample("""
                stakeholder staff "Field staff"
                ↓stakeholder communities "Affected communities" external
                generation cfm "Community feedback meeting" by communities, staff every month
                sharing radio "Community radio messages" by staff for communities
                cfm -> radio
                """, log: """
                date,activity,participants
                2026-01-12,cfm,staff
                2026-02-10,cfm,staff
                2026-02-20,radio,staff;communities
                """),
        ],
        nonTriggering: [
            EvidenceExample(EvidenceExampleMaps.reviews, log: EvidenceExampleMaps.keptLog),
            // A donor only receives: not hearing it is upward accountability.
            EvidenceExample("""
                stakeholder staff "Field staff"
                stakeholder donor "Donor" external
                generation aar "After-action review" by staff every month
                capture report "Quarterly report" by staff for donor
                aar -> report
                """, log: """
                date,activity,participants
                2026-01-12,aar,staff
                2026-01-30,report,staff
                """),
        ]
    )

    public static let description = RuleDescription(
        code: "KM019", slug: "unheard-in-practice", name: "Unheard in practice", defaultSeverity: .warning,
        summary: "A stakeholder who must be heard took part in no generation, consolidation or application occurrence.",
        rationale: "Knowledge is democratic: the people closest to the work, and the people the organization serves, generate and judge it. A map can give them a seat that the calendar never fills; then, in practice, they are only told.",
        remedy: "Hold the sessions where they can take part (timing, place, language, transport), ask them directly (community scorecards, a feedback mechanism they run, participatory reviews), and log who came.",
        scope: "Applies to stakeholders who must be heard, as silent-stakeholder decides (everyone inside the organization; external people the organization serves; `heard` and `informed` override), when the log names participants. Capture and sharing occurrences do not count: being told is not being heard.",
        techniques: ["feedback-loop", "survey"],
        examples: examples
    )

    public func findings(in context: EvidenceContext) -> [Finding] {
        guard context.recordsParticipation else { return [] }
        let map = context.map
        let heard = context.voiceParticipation
        return map.stakeholders.modelIndices.compactMap { stakeholder in
            guard Voice.mustBeHeard(map[stakeholder], in: map), heard[stakeholder.position] == 0 else { return nil }
            let subject = FindingSubject.stakeholder(stakeholder)
            return Finding(
                Self.description, range: map[stakeholder].range,
                message: "\(map.name(ofStakeholder: stakeholder)) must be heard, and took part in no generation, consolidation or application occurrence from \(context.period.description)",
                subject: subject, key: subject.key(in: map)
            )
        }
    }
}
