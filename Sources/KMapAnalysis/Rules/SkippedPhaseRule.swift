import KMapLanguage
import KMapModel

/// skipped-phase: a flow jumps over phases, such as generation straight to sharing.
///
/// A flow out of a repository starts at the repository's level (the latest phase that feeds it),
/// and looking knowledge up there is sharing by pull: it passes over the framework's pull phases.
/// The phases a wave never reaches because of the jump are noted here, not reported again as
/// missing-<phase>.
public struct SkippedPhaseRule: FixedGapRule {
    public init() {}

    public static let description = RuleDescription(
        code: "KM003", slug: "skipped-phase", name: "Skipped phase", defaultSeverity: .warning,
        summary: "A flow jumps over one or more phases, such as generation straight to sharing.",
        rationale: "Teams that go straight from generation to sharing pass on results without the context, the evidence and the implementation details that consolidation and capture add, and application disappoints.",
        remedy: "Route the flow through the skipped phases: consolidate results in a synthesis workshop or an after-action review, and capture them in a knowledge brief or change package before they are shared.",
        scope: "Every flow that jumps over a phase the framework requires; optional steps, alternatives and a pull from a repository (which performs sharing) are not jumps. Nor is a flow into a product that a review judges afterwards (lesson entries validated by a discipline lead: the validation is the consolidation, done after the writing). A hand-over is not a jump either: knowledge judged in consolidation (or packaged in capture) that goes straight to an application run only by people who took part in judging it (a district team's performance review leading to the same team's action plan) needs no product or sharing to reach them, and the wave counts capture and sharing as passed. Raw results acted on without consolidation are always a jump, whoever acts.",
        techniques: ["synthesis-workshop", "after-action-review", "knowledge-brief", "change-package"],
        triggeringExamples: [
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers
                sharing cop "Community of practice" by teachers for teachers
                application adopt "Adopt the routine" by teachers
                ↓pdsa -> cop -> adopt
                adopt -> pdsa
                """),
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                repository drive "Shared drive"
                generation pdsa "PDSA cycles" by teachers
                sharing cop "Community of practice" by teachers for teachers
                pdsa -> drive
                ↓drive -> cop
                """),
            // A pull stands for sharing, not for the consolidation and capture raw data lacks.
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                repository scores "Raw test scores"
                generation test "Reading test" by teachers
                application regroup "Regroup pupils" by teachers action act
                test -> scores
                ↓scores -> regroup -> test
                """),
            // The same team acts on its own raw results: nothing was judged yet.
            RuleExample("""
                stakeholder team "Project team"
                generation aar "After-action review" by team
                application adopt "Adopt the change" by team action act
                ↓aar -> adopt -> aar
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(CommonExamples.healthy),
            // A hand-over: the district team that reviewed the data draws up its own action plan.
            RuleExample("""
                stakeholder dhmt "District health management team"
                stakeholder officer "Health information officer"
                generation reports "Monthly facility reports" by officer
                consolidation review "Quarterly performance review" by dhmt, officer routine synthesis
                application plan "District action plan" by dhmt action resource
                reports -> review -> plan -> reports
                """),
            // Flows within a phase and back to an earlier phase skip nothing.
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers
                generation survey "Parent survey" by teachers
                consolidation huddle "Data huddle" by teachers
                pdsa -> survey -> huddle
                huddle -> pdsa
                """),
            // APQC's share (push) and access (pull) are alternatives: pulling reviewed work from
            // the portal skips nothing.
            RuleExample(CommonExamples.apqcPull),
            // Nurses look the guide up in the library where it is kept: a pull is sharing.
            RuleExample("""
                stakeholder nurses "Ward nurses"
                repository library "Practice library" owner nurses
                generation audit "Hand-hygiene audit" by nurses
                consolidation huddle "Audit huddle" by nurses
                capture guide "Practice guide" by nurses for nurses
                application use "Use the guide on the ward" by nurses action act
                audit -> huddle -> guide -> library -> use -> audit
                """),
            // A combined review-and-write-up session serves consolidation and capture.
            RuleExample("""
                stakeholder team "Project team"
                generation aar "After-action review" by team
                consolidation writeup "Review and write-up session" by team also capture for team
                sharing cafe "Knowledge cafe" by team for team
                application adopt "Adopt the routine" by team action act
                aar -> writeup -> cafe -> adopt -> aar
                """),
            // Lessons are written down first and validated afterwards: the validation is the
            // consolidation, and the database is read at the next project's start.
            RuleExample("""
                stakeholder teams "Project teams"
                stakeholder leads "Discipline leads"
                repository db "Lessons database" owner leads
                generation retro "Close-out retrospect" by teams
                capture entry "Lesson entries" by teams for teams
                consolidation validate "Discipline lead validation" by leads routine reduction
                application start "New projects plan with the lessons" by teams action act
                retro -> entry -> validate -> db -> start -> retro
                """),
        ]
    )

    public func findings(in context: AnalysisContext) -> [Finding] {
        var wavesByFlow: [Int: [WaveGap]] = [:]
        for gap in context.gaps {
            if let flow = gap.jumpFlow { wavesByFlow[flow, default: []].append(gap) }
        }
        return context.map.flows.enumerated().compactMap { index, flow in
            let skipped = context.skippedPhases(of: flow)
            guard !skipped.isEmpty, let targetPhase = context.map.phase(of: flow.to) else { return nil }
            let sourceLevel = context.sourceLevel(of: flow)
            let message = "flow \(context.map.name(of: flow.from)) -> \(context.map.name(of: flow.to)) jumps from \(context.phaseName(sourceLevel)) to \(context.phaseName(targetPhase)), skipping \(context.phaseList(skipped))"
            var finding = context.finding(
                Self.description, at: flow.range, message, subject: .flow(from: flow.from, to: flow.to), nodes: [flow.from, flow.to],
                notes: notes(for: wavesByFlow[index] ?? [], skipped: skipped, in: context)
            )
            if context.map.framework.isDefault {
                finding.remedy = Self.remedy(skipping: skipped, before: context.map.name(of: flow.to))
            } else {
                finding.remedy = "Route the flow through the skipped \(skipped.count == 1 ? "step" : "steps"): add \(context.phaseList(skipped)) \(skipped.count == 1 ? "activity" : "activities") with owners between \(context.map.name(of: flow.from)) and \(context.map.name(of: flow.to)), or mark a step `optional` in the header when the map's framework lets waves pass over it."
            }
            return finding
        }
    }

    /// The default framework's remedy for the phases this flow skips, and only those: a flow that
    /// skips sharing needs someone to tell the people who act, not another write-up.
    static func remedy(skipping skipped: [Int], before target: String) -> String {
        let steps: [Int: String] = [
            1: "consolidate the results against the map's standard in a synthesis workshop or an after-action review",
            2: "capture what holds up in a knowledge product for a named audience (a knowledge brief or a change package)",
            3: "share it with the people who must act, in a briefing, a community of practice or a peer learning exchange",
        ]
        let route = skipped.compactMap { steps[$0] }
        guard !route.isEmpty else { return description.remedy }
        return "Route the flow through the skipped \(skipped.count == 1 ? "phase" : "phases") before \(target): \(route.joined(separator: ", then "))."
    }

    private func notes(for gaps: [WaveGap], skipped: [Int], in context: AnalysisContext) -> [DiagnosticNote] {
        var phasesByWave: [(wave: Int, phases: [Int])] = []
        for gap in gaps where skipped.contains(gap.phase) {
            if let last = phasesByWave.last, last.wave == gap.wave {
                phasesByWave[phasesByWave.count - 1].phases.append(gap.phase)
            } else {
                phasesByWave.append((gap.wave, [gap.phase]))
            }
        }
        return phasesByWave.map { entry in
            DiagnosticNote("so wave '\(context.waves[entry.wave].label)' never reaches \(context.phaseList(entry.phases))")
        }
    }
}
