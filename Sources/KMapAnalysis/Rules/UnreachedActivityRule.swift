import KMapLanguage
import KMapModel

/// unreached-activity: no generation activity feeds an activity of a later phase.
///
/// One finding per upstream end of an unreached stretch (an activity nothing flows into, or one
/// activity of an unfed cycle); the activities downstream of it are named in a note. Activities
/// with no flows at all are reported by orphan-activity instead.
public struct UnreachedActivityRule: FixedGapRule {
    public init() {}

    public static let description = RuleDescription(
        code: "KM005", slug: "unreached-activity", name: "Unreached activity", defaultSeverity: .warning,
        summary: "No generation activity feeds an activity of a later phase.",
        rationale: "Consolidation, capture, sharing and application all work on what the work itself produced. An activity no generation feeds works from nothing the organization learned: it repeats received wisdom or has lost its input.",
        remedy: "Draw the flow from the generation that feeds it, or add that generation: an inquiry cycle, a survey, site visits or an evaluation.",
        techniques: ["inquiry-cycle", "survey", "site-visit", "evaluation"],
        triggeringExamples: [
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers
                consolidation huddle "Data huddle" by teachers
                ↓capture brief "Change brief" by teachers for teachers
                sharing cop "Community of practice" by teachers for teachers
                pdsa -> huddle
                brief -> cop
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(CommonExamples.healthy),
        ]
    )

    public func findings(in context: AnalysisContext) -> [Finding] {
        let map = context.map
        let fed = context.facts.fedByGeneration
        let unreached = map.activities.indices.filter { index in
            map.activities[index].phase != 0 && !fed[map.nodeIndex(.activity(index))] && !context.isIsolated(.activity(index))
        }
        var covered = Array(repeating: false, count: map.nodeCount)
        var findings: [Finding] = []
        let heads = unreached.filter { map.incoming[map.nodeIndex(.activity($0))].isEmpty }
        for head in heads + unreached where !covered[map.nodeIndex(.activity(head))] {
            let downstream = cover(from: map.nodeIndex(.activity(head)), covered: &covered, fed: fed, map: map)
            findings.append(finding(for: head, downstream: downstream, in: context))
        }
        return findings
    }

    /// Marks the unfed nodes reachable from `start`; returns the activities among them after `start`.
    private func cover(from start: Int, covered: inout [Bool], fed: [Bool], map: KMap) -> [Int] {
        var queue = [start]
        covered[start] = true
        var head = 0
        var activities: [Int] = []
        while head < queue.count {
            let node = queue[head]
            head += 1
            if node != start, case .activity(let index) = map.node(at: node) { activities.append(index) }
            for next in map.successors(of: node) where !fed[next] && !covered[next] {
                covered[next] = true
                queue.append(next)
            }
        }
        return activities
    }

    private func finding(for index: Int, downstream: [Int], in context: AnalysisContext) -> Finding {
        let activity = context.map.activities[index]
        var notes: [DiagnosticNote] = []
        if !downstream.isEmpty {
            let names = downstream.prefix(5).map { "'\(context.map.activities[$0].id)'" }.joined(separator: ", ")
            let more = downstream.count > 5 ? " and \(downstream.count - 5) more" : ""
            notes.append(DiagnosticNote("no generation reaches the activities after it either: \(names)\(more)"))
        }
        return context.finding(
            Self.description, at: activity.idRange,
            "activity '\(activity.id)' (\(context.phaseName(activity.phase))) is fed by no \(context.phaseName(0)) activity",
            subject: activity.id, nodes: [.activity(index)] + downstream.map { .activity($0) }, notes: notes
        )
    }
}
