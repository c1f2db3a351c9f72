import KMapLanguage
import KMapModel

/// cadence-mismatch: an activity consumes an upstream activity that runs more than
/// ``ratioThreshold`` times as often, such as weekly generation consolidated yearly. Through a
/// repository, the upstream is the fastest activity that feeds it.
public struct CadenceMismatchRule: FixedGapRule {
    public init() {}

    /// How many times slower the consumer must be to be reported.
    public static let ratioThreshold = 20.0

    public static let description = RuleDescription(
        code: "KM013", slug: "cadence-mismatch", name: "Cadence mismatch", defaultSeverity: .info,
        summary: "An activity consumes an upstream that runs much more often, such as weekly generation consolidated yearly.",
        rationale: "When consolidation or sharing runs far less often than the work that feeds it, most of what is learned waits months, goes stale, or is never looked at. Practitioners match the rhythm of the cycle, often quarterly or at milestones.",
        remedy: "Match the rhythms: run the slower activity more often (a monthly retrospect or data huddle), or add a lighter step in between that carries results forward, such as working out loud or a knowledge cafe.",
        techniques: ["retrospect", "working-out-loud", "knowledge-cafe"],
        triggeringExamples: [
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers every week
                consolidation review "Annual review" by teachers every year
                ↓pdsa -> review
                """),
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                repository log "Observation log"
                generation notes "Daily notes" by teachers every day
                consolidation synthesis "Synthesis" by teachers every half-year
                notes -> log
                ↓log -> synthesis
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(CommonExamples.healthy),
            RuleExample("""
                stakeholder teachers "Classroom teachers"
                generation pdsa "PDSA cycles" by teachers every month
                consolidation review "Annual review" by teachers every year
                pdsa -> review
                """),
        ]
    )

    public func findings(in context: AnalysisContext) -> [Finding] {
        let map = context.map
        let feeding = fastestFeeder(of: map, graph: context.graph)
        return map.flows.compactMap { flow in
            guard case .activity(let target) = flow.to, let slow = map.activities[target].cadence else { return nil }
            let upstream: ActivityIndex?
            switch flow.from {
            case .activity(let source): upstream = source
            case .repository(let repository): upstream = feeding[repository.position]
            }
            guard let upstream, let fast = map.activities[upstream].cadence, fast.days > 0,
                  slow.days / fast.days > Self.ratioThreshold else { return nil }
            let ratio = Int((slow.days / fast.days).rounded())
            return context.finding(
                Self.description, at: flow.range,
                "\(map.name(of: flow.to)), every \(slow), consumes \(map.name(of: .activity(upstream))), every \(fast), which runs about \(ratio) times as often",
                subject: .flow(from: flow.from, to: flow.to), nodes: [flow.from, flow.to]
            )
        }
    }

    /// For each repository, the activity with the shortest cadence that feeds it directly or
    /// through other repositories. Feeders are visited fastest first, so each repository is set
    /// once: O(V log V + E).
    private func fastestFeeder(of map: KMap, graph: FlowGraph) -> [ActivityIndex?] {
        var feeder = [ActivityIndex?](repeating: nil, count: map.repositories.count)
        let feeders = map.activities.modelIndices
            .filter { map.activities[$0].cadence != nil }
            .sorted { (map.activities[$0].cadence?.days ?? 0, $0) < (map.activities[$1].cadence?.days ?? 0, $1) }
        for activity in feeders {
            graph.breadthFirst(from: Array(graph.successors(of: map.nodeIndex(.activity(activity))))) { node in
                guard graph.isRepository(node), feeder[node - graph.activityCount] == nil else { return false }
                feeder[node - graph.activityCount] = activity
                return true
            }
        }
        return feeder
    }
}
