import KMapLanguage
import KMapModel

/// silent-stakeholder: a stakeholder who must be heard is the audience of activities and is never
/// asked. People inside the organization are silent when they run nothing; people it serves
/// (communities, clients, students, families: external, or marked `heard`) are silent when they
/// never generate, judge (consolidate) or act on knowledge, however often they are told. Bodies
/// that only receive (a donor, a ministry: external, or marked `informed`) are exempt: that is
/// upward accountability, not silence. See ``Voice``.
public struct SilentStakeholderRule: FixedGapRule {
    public init() {}

    public static let description = RuleDescription(
        code: "KM009", slug: "silent-stakeholder", name: "Silent stakeholder", defaultSeverity: .warning,
        summary: "A stakeholder is only ever an audience and never generates or judges knowledge.",
        rationale: "Knowledge is democratic: the people closest to the work generate and judge it, not only experts and managers. A group that only receives is told what to do, is seldom asked what it learned, and is less likely to act.",
        remedy: "Give the stakeholder a part in generating or consolidating knowledge: for people the organization serves, a feedback mechanism they run, community scorecards, participatory reviews or a seat in the data review; inside the organization, an action learning set, peer assist before they start something new, site visits to their work, or randomised coffee trials that connect them with other groups.",
        scope: "Applies to stakeholders who must be heard: everyone inside the organization (silent when they run no activity at all) and external people the organization serves, such as communities, clients, students, patients or families (silent when they run no generation, consolidation or application activity: running a radio show they are told on does not count). External bodies that only receive, such as a donor, a funder, a ministry or a board, are exempt: reporting to them is upward accountability. Mark a stakeholder `heard` or `informed` to override the default, which reads the words of an external stakeholder's id and label.",
        techniques: ["action-learning-set", "peer-assist", "site-visit", "randomised-coffee-trials"],
        triggeringExamples: [
            RuleExample("""
                stakeholder coaches "Instructional coaches"
                ↓stakeholder teachers "Classroom teachers"
                capture brief "Change brief" by coaches for teachers
                sharing cop "Community of practice" by coaches for teachers
                """),
            // Affected communities who are only ever told, never asked.
            RuleExample("""
                stakeholder staff "Field staff"
                ↓stakeholder communities "Affected communities" external
                generation pdm "Post-distribution monitoring" by staff
                sharing radio "Community radio messages" by staff for communities
                pdm -> radio
                """),
            // Marked `heard`: co-running the telling is not being asked.
            RuleExample("""
                stakeholder staff "Programme staff"
                ↓stakeholder parents "Parent association" external heard
                sharing meeting "Term meeting" by staff, parents for parents
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(CommonExamples.healthy),
            RuleExample("""
                stakeholder coaches "Instructional coaches"
                stakeholder funder "Foundation" external
                capture report "Annual report" by coaches for funder
                """),
            // Communities who run the feedback mechanism are heard.
            RuleExample("""
                stakeholder staff "Field staff"
                stakeholder communities "Affected communities" external
                generation cfm "Complaints and feedback mechanism" by communities, staff
                sharing radio "Community radio messages" by staff for communities
                cfm -> radio
                """),
            // Marked `informed`: a body that only receives.
            RuleExample("""
                stakeholder staff "Field staff"
                stakeholder households "Household survey panel" external informed
                capture report "Panel report" by staff for households
                """),
        ]
    )

    public func findings(in context: AnalysisContext) -> [Finding] {
        let map = context.map
        let voicePhases = Voice.voicePhases(context.roles, phaseCount: map.framework.phases.count)
        var owns = Array(repeating: false, count: map.stakeholders.count)
        var speaks = Array(repeating: false, count: map.stakeholders.count)
        var hears = Array(repeating: 0, count: map.stakeholders.count)
        for activity in map.activities {
            let givesVoice = voicePhases.contains(activity.phase) || voicePhases.contains(activity.lastPhase)
            for owner in activity.owners {
                owns[owner.position] = true
                if givesVoice { speaks[owner.position] = true }
            }
            for member in activity.audience { hears[member.position] += 1 }
        }
        return map.stakeholders.modelIndices.compactMap { index in
            let stakeholder = map[index]
            guard hears[index.position] > 0, Voice.mustBeHeard(stakeholder) else { return nil }
            // Inside the organization, running anything is taking part; people the organization
            // serves are heard only where knowledge is generated, judged or acted on.
            let insider = !stakeholder.isExternal && stakeholder.declaredVoice == nil
            guard insider ? !owns[index.position] : !speaks[index.position] else { return nil }
            let count = hears[index.position] == 1 ? "1 activity" : "\(hears[index.position]) activities"
            let message = insider || !owns[index.position]
                ? "\(map.name(ofStakeholder: index)) is the audience of \(count) but runs none: it only ever receives knowledge"
                : "\(map.name(ofStakeholder: index)) is the audience of \(count) and only ever helps tell: it never generates, judges or acts on knowledge"
            var notes: [DiagnosticNote] = []
            if stakeholder.isExternal, stakeholder.declaredVoice == nil {
                notes.append(DiagnosticNote("people the organization serves must be asked, not only told; if they only receive by design (a donor, a ministry), mark them 'informed'"))
            }
            notes.append(DiagnosticNote("if they take part in a feedback mechanism, a survey or a review, add them to its 'by'"))
            return context.finding(Self.description, at: stakeholder.idRange, message, subject: .stakeholder(index), notes: notes)
        }
    }
}
