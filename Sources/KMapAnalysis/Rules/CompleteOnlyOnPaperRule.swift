import KMapLanguage
import KMapModel

/// complete-only-on-paper: a wave is complete, or its loop closed, only through planned
/// activities. As the system runs today it stops earlier.
///
/// The finding points at the first planned activity on the wave's most complete path (or at the
/// wave when none is on it) and names the phases that exist only on paper and where the
/// knowledge stops today. Waves that are incomplete in the plan too are left to
/// `missing-<phase>`, which reports the plan's first gap.
public struct CompleteOnlyOnPaperRule: FixedGapRule {
    public init() {}

    public static let description = RuleDescription(
        code: "KM014", slug: "complete-only-on-paper", name: "Complete only on paper", defaultSeverity: .warning,
        summary: "A wave is complete, or closes its loop, only through planned activities.",
        rationale: "A map mixes what runs today with what is promised. A wave that closes only through planned activities is a plan, not a system: until those steps exist, what the wave learns stops where the existing activities stop, and reading the two apart is the point of mapping the system.",
        remedy: "Treat the planned steps as the gap they are: give each an owner, a date and resources, start with the first one (often the sharing or application step), and re-map when it runs. Until then, plan the existing activities as if the planned ones were not there.",
        scope: "Waves that are complete or closed in the plan (all activities) but not with their existing activities alone. A wave whose own start is planned is a plan as a whole and is exempt: nothing that runs today waits for it. A map with no `status planned` activity has nothing on paper. `kmap check --as-is` analyses the existing activities only, so there the missing steps are reported as gaps.",
        techniques: ["before-action-review", "learning-agenda", "action-learning-set"],
        triggeringExamples: [
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers
                consolidation huddle "Data huddle" by teachers
                capture brief "Change brief" by teachers for teachers
                ↓sharing cop "Community of practice" by teachers for teachers status planned
                application adopt "Adopt the routine" by teachers status planned
                pdsa -> huddle -> brief -> cop -> adopt -> pdsa
                """),
            // Complete today, but the loop back closes only through a planned review.
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers
                consolidation huddle "Data huddle" by teachers
                capture brief "Change brief" by teachers for teachers
                sharing cop "Community of practice" by teachers for teachers
                application adopt "Adopt the routine" by teachers
                ↓generation review "Adoption review" by teachers status planned
                pdsa -> huddle -> brief -> cop -> adopt -> review
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(CommonExamples.healthy),
            // Incomplete in the plan too: missing-application reports it.
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers
                consolidation huddle "Data huddle" by teachers status planned
                pdsa -> huddle
                """),
        ]
    )

    public func findings(in context: AnalysisContext) -> [Finding] {
        let map = context.map
        var plannedByWave: [Int: [ActivityIndex]] = [:]
        var pairs: [(wave: Int, anchor: ActivityIndex)] = []
        for index in context.waves.indices {
            let wave = context.waves[index]
            // A wave whose start is planned is a plan as a whole: nothing that runs today waits for it.
            guard let asIs = wave.asIs, asIs.exists,
                  (wave.isComplete && !asIs.isComplete) || (wave.isClosed && !asIs.isClosed) else { continue }
            var planned = wave.path.compactMap { ref -> ActivityIndex? in
                guard case .activity(let activity) = ref, map[activity].status == .planned else { return nil }
                return activity
            }
            if planned.isEmpty { planned = plannedOnTheWayBack(from: wave.lastActivity, in: map) }
            plannedByWave[index] = planned
            pairs.append((index, planned.first ?? wave.start))
        }
        // Waves that wait for the same planned step share one finding.
        return context.groupWaves(pairs).map { group in
            finding(for: group.waves[0], anchor: group.anchor, planned: plannedByWave[group.waves[0]] ?? [],
                    others: group.waves.dropFirst(), in: context)
        }
    }

    /// The planned application activities on the paths of waves that are complete only on paper:
    /// open-loop leaves them to this rule's finding, which notes a missing loop.
    static func plannedApplications(in context: AnalysisContext) -> Set<ActivityIndex> {
        let map = context.map
        var planned = Set<ActivityIndex>()
        for wave in context.waves where wave.isComplete && wave.asIs?.exists == true && !wave.isCompleteAsIs {
            for case .activity(let activity) in wave.path where map[activity].status == .planned
                && map[activity].lastPhase == map.framework.lastPhase {
                planned.insert(activity)
            }
        }
        return planned
    }

    private func finding(for index: Int, anchor: ActivityIndex, planned: [ActivityIndex], others: ArraySlice<Int>, in context: AnalysisContext) -> Finding {
        let map = context.map
        let wave = context.waves[index]
        let completeOnPaper = wave.isComplete && !wave.isCompleteAsIs
        let onPaper = wave.phasesOnPaper(in: map.framework)
        let what = completeOnPaper
            ? "is complete only on paper: \(context.phaseList(onPaper)) \(onPaper.count == 1 ? "exists" : "exist") only as planned activities"
            : "closes its loop only on paper: what it applies flows back into \(context.phaseName(0)) only through planned activities"
        var notes: [DiagnosticNote] = []
        if !planned.isEmpty {
            notes.append(DiagnosticNote("planned: " + planned.map { map.name(of: .activity($0)) }.joined(separator: ", ")))
        }
        if let stop = wave.asIs?.lastActivity, completeOnPaper {
            notes.append(DiagnosticNote("as it runs today, its knowledge stops at \(map.name(of: .activity(stop)))"))
        }
        let last = map.framework.lastPhase
        let unlooped = planned.filter { map[$0].lastPhase == last && !context.facts.loopsBack[map.nodeIndex(.activity($0))] }
        if completeOnPaper, !unlooped.isEmpty, context.isEnabled(OpenLoopRule.description.slug) {
            let names = ProseList.joined(unlooped.map { map.name(of: .activity($0)) })
            notes.append(DiagnosticNote("and once it runs, nothing flows from \(names) back into \(context.phaseName(0)): plan that loop too"))
        }
        if let shared = context.sharedNote(others) { notes.append(shared) }
        return context.finding(
            Self.description, at: map[anchor].idRange, "wave '\(wave.label)' \(what)", subject: .wave(wave.id),
            wave: wave.id, nodes: planned.map { .activity($0) }, notes: notes
        )
    }

    /// The planned activities on the flows from `application` back to generation, in id order:
    /// where a loop that closes only on paper waits for its plan. O(V + E) at most.
    private func plannedOnTheWayBack(from application: ActivityIndex, in map: KMap) -> [ActivityIndex] {
        var seen = Set([map.nodeIndex(.activity(application))])
        var queue = Array(seen)
        var planned: [ActivityIndex] = []
        while let node = queue.popLast() {
            for next in map.successors(of: node) where seen.insert(next).inserted {
                guard case .activity(let activity) = map.node(at: next) else {
                    queue.append(next)
                    continue
                }
                if map.activities[activity].status == .planned { planned.append(activity) }
                if map.activities[activity].phase != 0 { queue.append(next) }
            }
        }
        // In id order, so the finding does not depend on the order of the file.
        return planned.sorted { map.activities[$0].id < map.activities[$1].id }
    }
}

