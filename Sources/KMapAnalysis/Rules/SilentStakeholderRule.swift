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
        summary: "A stakeholder who must be heard is only ever an audience, or takes part in nothing.",
        rationale: "Knowledge is democratic: the people closest to the work generate and judge it, not only experts and managers. A group that only receives is told what to do, is seldom asked what it learned, and is less likely to act.",
        remedy: "Give the stakeholder a part in generating or consolidating knowledge: for people the organization serves, a feedback mechanism they run, community scorecards, participatory reviews or a seat in the data review; inside the organization, an action learning set, peer assist before they start something new, site visits to their work, or randomised coffee trials that connect them with other groups.",
        scope: "Applies to stakeholders who must be heard: everyone inside the organization (silent when they run no activity at all) and external people the organization serves, such as communities, clients, students, patients or families (silent when they run no generation, consolidation or application activity: running a radio show they are told on does not count). A stakeholder who must be heard and takes part in no activity at all is named too (a declared broker in nothing is left to idle-broker, and a repository's keeper takes part). People served who are the audience of a generation activity (a survey, a poll, a monitoring visit), or of an activity in any phase run with a technique that asks people (`survey`, `focus-group-discussion`, `key-informant-interview`, `feedback-mechanism`, `community-scorecard`, `most-significant-change`, `outcome-harvesting`, `evaluation`, `site-visit`), are its respondents: they are asked. Bodies that only receive, such as a donor, a funder, a ministry or a board, are exempt: reporting to them is upward accountability; a stakeholder whose id, label or group names one (`Ministry of Health`, `Board of trustees`) is taken to be such a body. Mark a stakeholder `heard` or `informed` to override the default, which reads these words.",
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
            // Declared and never engaged.
            RuleExample("""
                stakeholder engineers "Project engineers"
                ↓stakeholder directors "Practice directors"
                generation aar "After-action review" by engineers
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
            // A unit of the ministry receives the bulletin: upward accountability.
            RuleExample("""
                group moh "Ministry of Health"
                stakeholder officer "District health information officer"
                stakeholder national "National M&E unit" group moh
                capture bulletin "District health bulletin" by officer for national
                """),
            // Children answer the poll: they are its respondents, and so asked.
            RuleExample("""
                stakeholder meal "M&E officers"
                stakeholder children "Children and adolescents" external
                generation poll "Youth opinion poll" by meal for children technique survey
                """),
            // Mothers answer exit interviews in the "do" of a PDSA framework: a survey asks, in
            // whatever phase the map puts it.
            RuleExample("""
                map "Maternal health collaborative" {
                  phases plan, do, study, act
                }
                stakeholder midwives "Midwives"
                stakeholder mothers "Mothers and families" external
                activity exit "Exit interviews" phase do by midwives for mothers technique survey
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
        let taking = context.participation
        let (owns, speaks, hears, keeps) = (taking.owns, taking.speaks, taking.hears, taking.keeps)
        let telling = context.isEnabled(NoBrokerRule.description.slug) ? tellingActivities(in: context) : [:]
        return map.stakeholders.modelIndices.compactMap { index in
            let stakeholder = map[index]
            guard taking.mustBeHeard[index.position] else { return nil }
            guard hears[index.position] > 0 else {
                // A broker in nothing is idle-broker's; a repository's keeper takes part.
                guard !owns[index.position], !keeps[index.position],
                      !(stakeholder.isBroker && context.isEnabled(IdleBrokerRule.description.slug)) else { return nil }
                return context.finding(
                    Self.description, at: stakeholder.idRange,
                    "\(map.name(ofStakeholder: index)) takes part in no activity: it is neither asked nor told",
                    subject: .stakeholder(index),
                    notes: [DiagnosticNote("name it in the 'by' or 'for' of the activities it should take part in")]
                )
            }
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
            if let channels = telling[index] {
                notes.append(DiagnosticNote("told through \(ProseList.joined(channels.map { map.name(of: .activity($0)) })), by people who never ask them back"))
            }
            notes.append(DiagnosticNote("if they take part in a feedback mechanism, a survey or a review, add them to its 'by'"))
            return context.finding(Self.description, at: stakeholder.idRange, message, subject: .stakeholder(index), notes: notes)
        }
    }

    /// The sharing activities that tell each person served who is only ever told (no-broker
    /// leaves them to this rule's finding), in one pass over the activities.
    private func tellingActivities(in context: AnalysisContext) -> [StakeholderIndex: [ActivityIndex]] {
        let map = context.map
        guard let sharing = context.roles.sharing else { return [:] }
        var telling: [StakeholderIndex: [ActivityIndex]] = [:]
        for activity in map.activities.modelIndices where map[activity].serves(sharing) {
            for member in map[activity].audience where context.participation.isToldOnly(member, in: map) {
                telling[member, default: []].append(activity)
            }
        }
        return telling
    }
}
