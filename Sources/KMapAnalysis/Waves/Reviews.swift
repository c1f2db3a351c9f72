import KMapModel

/// Activities that review what a later phase produced, and the level a walk has after each activity.
///
/// Many organizations write a lesson down first and have it judged afterwards: lesson entries
/// validated by a discipline lead, a draft article reviewed by a coach, a report checked by a
/// committee before it is filed. Drawn in the cycle's columns, that is a flow from capture back
/// to consolidation. The knowledge has been packaged and is then judged: both phases are done.
///
/// A *review* is an activity of an inner phase (neither the first nor the last) fed only by
/// activities of later inner phases. It passes knowledge on at the lowest level of what it
/// reviews, instead of its own phase, so the walk goes on through it; and it performs its own
/// phases, so a flow that jumped over them on the way to what it reviews skips nothing.
/// O(V + E).
struct Reviews: Sendable {
    /// Per activity: the latest phase a walk has reached after it. The activity's last phase,
    /// except for a review, where it is the lowest last phase of the activities it reviews.
    let levels: [Int]
    /// Per activity: whether it is a review.
    let isReview: [Bool]
    /// Per activity: whether a gapped walk entering this review becomes gapless there: the review
    /// performs every phase the walk can have jumped over on its way to its level (every phase the
    /// framework requires between the first phase and the level is one of the review's).
    let fillsGap: [Bool]

    init(graph: FlowGraph, phaseCount: Int) {
        var levels = Array(graph.phase.prefix(graph.activityCount))
        var isReview = Array(repeating: false, count: graph.activityCount)
        let last = phaseCount - 1
        for activity in 0..<graph.activityCount {
            let phase = graph.phase[activity]
            guard graph.entryPhase[activity] > 0, phase < last else { continue }
            let inputs = graph.predecessors(of: activity)
            guard !inputs.isEmpty, inputs.allSatisfy({ input in
                !graph.isRepository(input) && graph.phase[input] > phase && graph.phase[input] < last
            }) else { continue }
            levels[activity] = inputs.map { graph.phase[$0] }.min() ?? phase
            isReview[activity] = true
        }
        self.levels = levels
        self.isReview = isReview
        fillsGap = (0..<graph.activityCount).map { activity in
            isReview[activity] && Self.performsEveryRequiredPhase(activity, level: levels[activity], in: graph)
        }
    }

    /// The phases performed after `target` by the reviews it flows to and that pass knowledge on:
    /// a flow into `target` that jumped over one of them does not skip it.
    func phasesReviewed(after target: Int, in graph: FlowGraph) -> Set<Int> {
        var phases = Set<Int>()
        for successor in graph.successors(of: target)
        where !graph.isRepository(successor) && isReview[successor] && !graph.successors(of: successor).isEmpty {
            phases.formUnion(graph.entryPhase[successor]...graph.phase[successor])
        }
        return phases
    }

    /// Whether review `activity`, at `level`, performs every phase the framework requires between
    /// the first phase and `level`.
    private static func performsEveryRequiredPhase(_ activity: Int, level: Int, in graph: FlowGraph) -> Bool {
        let framework = graph.framework
        let own = graph.entryPhase[activity]...graph.phase[activity]
        return (1..<level).allSatisfy { phase in
            own.contains(phase) || framework.isSkippable(phase, between: 0, and: level)
        }
    }
}
