import KMapLanguage
import KMapModel

/// orphan-activity: an activity with no flow in or out.
///
/// A generation activity without flows starts a wave that reaches nothing; that wave's
/// missing-<phase> findings are folded into this one as a note.
public struct OrphanActivityRule: FixedGapRule {
    public init() {}

    public static let description = RuleDescription(
        code: "KM004", slug: "orphan-activity", name: "Orphan activity", defaultSeverity: .warning,
        summary: "An activity has no flow in or out.",
        rationale: "An activity connected to nothing neither receives knowledge nor passes it on. It is either missing from the map's flows or a piece of work the KM system does not use: both are worth a conversation.",
        remedy: "Draw the flows into and out of the activity; if nothing leaves it, decide who should receive what it produces, for example through a knowledge cafe or by working out loud.",
        techniques: ["knowledge-cafe", "working-out-loud"],
        triggeringExamples: [
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                ↓generation pdsa "PDSA cycles" by teachers
                """),
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers
                consolidation huddle "Data huddle" by teachers
                ↓capture brief "Change brief" by teachers for teachers
                pdsa -> huddle
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(CommonExamples.healthy),
        ]
    )

    public func findings(in context: AnalysisContext) -> [Finding] {
        var waveOfStart: [ActivityIndex: Int] = [:]
        for index in context.waves.indices where waveOfStart[context.waves[index].start] == nil {
            waveOfStart[context.waves[index].start] = index
        }
        return context.map.activities.modelIndices.compactMap { index in
            guard context.isIsolated(.activity(index)) else { return nil }
            let activity = context.map.activities[index]
            var notes: [DiagnosticNote] = []
            if let wave = waveOfStart[index], !context.waves[wave].missingPhases.isEmpty {
                let missing = context.phaseList(context.waves[wave].missingPhases)
                notes.append(DiagnosticNote("it starts wave '\(context.waves[wave].label)', which therefore never reaches \(missing)"))
            }
            return context.finding(
                Self.description, at: activity.idRange,
                "activity \(context.map.name(of: .activity(index))) (\(context.phaseName(activity.phase))) has no flow in or out",
                subject: .node(.activity(index)), nodes: [.activity(index)], notes: notes
            )
        }
    }
}
