import KMapLanguage
import KMapModel

/// unapplied-sharing: a sharing activity tells people inside the organization, and no application
/// follows it, although its wave applies knowledge elsewhere.
///
/// missing-application names a wave that never reaches application; this rule names the branch of
/// an applying wave where knowledge is shared and then stops ("sharing happens, but nobody has
/// been asked to act"). Each sharing activity is judged on its own, as open-loop judges each
/// application.
public struct UnappliedSharingRule: FixedGapRule {
    public init() {}

    public static let description = RuleDescription(
        code: "KM015", slug: "unapplied-sharing", name: "Unapplied sharing", defaultSeverity: .warning,
        summary: "A sharing activity reaches people inside the organization, and no application follows it.",
        rationale: "Application is the purpose of the cycle and the phase most often left out. A session, a guild or a bulletin that tells colleagues what was learned, with nobody asked to act on it, no owner and no resources, changes little: the knowledge is heard and then forgotten, however well the rest of the wave works.",
        remedy: "Start from application: ask what needs to be done and who needs to do it, then add an application activity that the sharing flows to, owned by the people it tells (adopt or adapt the practice, provide the time or budget, or advocate for it), and a follow-up that feeds new generation.",
        scope: "Applies to sharing activities whose audience includes people inside the organization. Exempt: sharing only with outsiders and bodies marked `informed` (reporting to a donor or a ministry is upward accountability, and telling the people served is judged by silent-stakeholder); sharing that flows on to an application or back into new generation; sharing in a wave that never reaches application at all (missing-application names that break once); sharing no wave reaches (unreached-activity) and activities with no flows (orphan-activity).",
        techniques: ["action-learning-set", "peer-assist", "community-of-practice"],
        triggeringExamples: [
            // The reviews' runbooks are applied; the guild tells product engineers and nobody acts.
            RuleExample("""
                stakeholder oncall "On-call engineers"
                stakeholder engineers "Product engineers"
                generation postmortem "Blameless postmortems" by oncall
                consolidation review "Monthly incident review" by oncall
                capture runbooks "Runbook updates" by oncall for oncall
                sharing drill "Runbook drill" by oncall for oncall
                ↓sharing guild "Reliability guild" by oncall for engineers
                application use "Use runbooks in incidents" by oncall action act
                postmortem -> review -> runbooks -> drill -> use -> postmortem
                runbooks -> guild
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(CommonExamples.healthy),
            // Reporting to a donor needs no application step of the organization's own.
            RuleExample("""
                stakeholder staff "Programme staff"
                stakeholder donor "Institutional donor" external
                generation pdm "Post-distribution monitoring" by staff
                consolidation review "Monthly data review" by staff
                capture brief "Learning brief" by staff for staff, donor
                sharing meeting "Programme meeting" by staff for staff
                sharing report "Donor progress report" by staff for donor
                application adapt "Adapt distributions" by staff action act
                pdm -> review -> brief -> meeting -> adapt -> pdm
                brief -> report
                """),
            // A wave without any application is missing-application's finding, named once.
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers
                consolidation huddle "Data huddle" by teachers
                capture brief "Change brief" by teachers for teachers
                sharing cop "Community of practice" by teachers for teachers
                pdsa -> huddle -> brief -> cop
                """),
            // A declared wave that never applies is missing-application's, from every one of its
            // generation activities (here the sharing follows the second of them).
            RuleExample("""
                stakeholder nurses "Ward nurses"
                wave hygiene "Hand hygiene" {
                  generation audit "Hand-hygiene audit" by nurses
                  generation survey "Patient survey" by nurses
                  consolidation huddle "Survey huddle" by nurses
                  capture poster "Ward poster" by nurses for nurses
                  sharing round "Ward round talk" by nurses for nurses
                }
                survey -> huddle -> poster -> round
                """),
            // Sharing that feeds the next inquiry puts the knowledge to use.
            RuleExample("""
                stakeholder team "Project team"
                generation aar "After-action review" by team
                consolidation writeup "Review and write-up session" by team also capture for team
                sharing cafe "Knowledge cafe" by team for team
                sharing coffee "Randomised coffee trials" by team for team
                application adopt "Adopt the practice" by team action act
                aar -> writeup -> cafe -> adopt -> aar
                writeup -> coffee -> aar
                """),
        ]
    )

    public func findings(in context: AnalysisContext) -> [Finding] {
        let map = context.map
        guard let sharing = context.roles.sharing else { return [] }
        let sharingPhases = map.framework.alternatives(of: sharing).map(Array.init) ?? [sharing]
        let acted = Self.nodesThatLeadToApplication(map.graph, application: context.roles.application)
        let unapplyingWaves = Self.nodesOfWavesWithoutApplication(context)
        return map.activities.modelIndices.compactMap { index in
            guard sharingPhases.contains(map.activities[index].lastPhase) else { return nil } // before copying the activity
            let activity = map.activities[index]
            let node = map.nodeIndex(.activity(index))
            guard sharingPhases.contains(activity.lastPhase), context.facts.fedByGeneration[node],
                  !acted[node], !context.facts.reachesGeneration[node], !unapplyingWaves[node] else { return nil }
            let audience = activity.audience.filter { stakeholder in
                !map.stakeholders[stakeholder].isExternal && context.participation.mustBeHeard[stakeholder.position]
            }
            guard !audience.isEmpty else { return nil }
            let names = audience.map { map.name(ofStakeholder: $0) }
            return context.finding(
                Self.description, at: activity.idRange,
                "\(map.name(of: .activity(index))) shares knowledge with \(ProseList.joined(names)), but no application follows: nobody is asked to act on it",
                subject: .node(.activity(index)), nodes: [.activity(index)],
                notes: [DiagnosticNote("nothing flows from it to an application activity or back into \(context.phaseName(0))")]
            )
        }
    }

    /// Per dense node: whether a path leads from it to an application activity without passing
    /// through a generation activity (which would start a new wave). O(V + E).
    static func nodesThatLeadToApplication(_ graph: FlowGraph, application: Int) -> [Bool] {
        var leads = Array(repeating: false, count: graph.nodeCount)
        let applications = (0..<graph.activityCount).filter { graph.phase[$0] == application }
        for node in applications { leads[node] = true }
        graph.breadthFirst(from: applications.flatMap { graph.predecessors(of: $0) }, forward: false) { node in
            guard !leads[node] else { return false }
            leads[node] = true
            return graph.isRepository(node) || graph.entryPhase[node] != 0
        }
        return leads
    }

    /// Per dense node: whether a wave that never reaches application reaches it. O(V + E).
    static func nodesOfWavesWithoutApplication(_ context: AnalysisContext) -> [Bool] {
        let graph = context.map.graph
        let application = context.roles.application
        let starts = context.waves.filter { !$0.reached[application] }.flatMap { wave in
            wave.starts.map { context.map.nodeIndex(.activity($0)) }
        }
        var reached = Array(repeating: false, count: graph.nodeCount)
        for start in starts { reached[start] = true }
        graph.breadthFirst(from: starts.flatMap { graph.successors(of: $0) }) { node in
            guard !reached[node], graph.isRepository(node) || graph.entryPhase[node] != 0 else { return false }
            reached[node] = true
            return true
        }
        return reached
    }
}
