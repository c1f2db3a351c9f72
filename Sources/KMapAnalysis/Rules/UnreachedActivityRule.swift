import KMapLanguage
import KMapModel

/// unreached-activity: no generation activity feeds an activity of a later phase.
///
/// One finding per upstream end of an unreached stretch (an activity nothing flows into, or one
/// activity of an unfed cycle, the same whatever the order of the file); the activities
/// downstream of it are named in a note. Activities
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
        let unreached = map.activities.modelIndices.filter { index in
            map.activities[index].phase != 0 && !fed[map.nodeIndex(.activity(index))] && !context.isIsolated(.activity(index))
        }
        var covered = Array(repeating: false, count: map.nodeCount)
        var findings: [Finding] = []
        let heads = unreached.filter { context.graph.predecessors(of: map.nodeIndex(.activity($0))).isEmpty }
        let rest = upstreamFirst(unreached, fed: fed, in: context)
        for head in heads + rest where !covered[map.nodeIndex(.activity(head))] {
            let downstream = cover(from: map.nodeIndex(.activity(head)), covered: &covered, fed: fed, in: context)
            findings.append(finding(for: head, downstream: downstream, in: context))
        }
        return findings
    }

    /// The activities in decreasing finishing time of a depth-first search of the unfed flows,
    /// so an activity comes before every activity it reaches outside its own cycle: the first
    /// one not yet covered is always in a cycle nothing feeds. The search walks nodes and their
    /// successors in id order, so which activity of such a cycle is reported does not depend on
    /// the order of the file. Iterative: a long chain cannot exhaust the stack.
    private func upstreamFirst(_ activities: [ActivityIndex], fed: [Bool], in context: AnalysisContext) -> [ActivityIndex] {
        let map = context.map
        func byID<Nodes: Sequence<Int>>(_ nodes: Nodes) -> [Int] {
            nodes.sorted { map.id(of: map.node(at: $0)) < map.id(of: map.node(at: $1)) }
        }
        var visited = Array(repeating: false, count: map.nodeCount)
        var finished: [Int] = []
        for start in byID(activities.map { map.nodeIndex(.activity($0)) }) where !visited[start] {
            visited[start] = true
            var stack = [(node: start, next: byID(context.graph.successors(of: start).filter { !fed[$0] }), position: 0)]
            while let top = stack.last {
                if top.position == top.next.count {
                    finished.append(top.node)
                    stack.removeLast()
                    continue
                }
                let successor = top.next[top.position]
                stack[stack.count - 1].position += 1
                if !visited[successor] {
                    visited[successor] = true
                    stack.append((successor, byID(context.graph.successors(of: successor).filter { !fed[$0] }), 0))
                }
            }
        }
        return finished.reversed().compactMap(map.graph.activity(at:))
    }

    /// Marks the unfed nodes reachable from `start`; returns the activities among them after `start`.
    private func cover(from start: Int, covered: inout [Bool], fed: [Bool], in context: AnalysisContext) -> [ActivityIndex] {
        var activities: [ActivityIndex] = []
        context.graph.breadthFirst(from: [start]) { node in
            guard !fed[node], !covered[node] else { return false }
            covered[node] = true
            if node != start, let activity = context.graph.activity(at: node) { activities.append(activity) }
            return true
        }
        return activities
    }

    private func finding(for index: ActivityIndex, downstream: [ActivityIndex], in context: AnalysisContext) -> Finding {
        let activity = context.map.activities[index]
        var notes: [DiagnosticNote] = []
        if !downstream.isEmpty {
            let names = downstream.prefix(5).map { context.map.name(of: .activity($0)) }.joined(separator: ", ")
            let more = downstream.count > 5 ? " and \(downstream.count - 5) more" : ""
            notes.append(DiagnosticNote("no generation reaches the activities after it either: \(names)\(more)"))
        }
        return context.finding(
            Self.description, at: activity.idRange,
            "activity \(context.map.name(of: .activity(index))) (\(context.phaseName(activity.phase))) is fed by no \(context.phaseName(0)) activity",
            subject: .node(.activity(index)), nodes: [.activity(index)] + downstream.map { .activity($0) }, notes: notes
        )
    }
}
