import KMapLanguage
import KMapModel

/// dead-end-repository: no path leads from a repository to a sharing or application activity
/// (in a custom framework, an activity of one of the last two phases).
public struct DeadEndRepositoryRule: FixedGapRule {
    public init() {}

    public static let description = RuleDescription(
        code: "KM002", slug: "dead-end-repository", name: "Dead-end repository", defaultSeverity: .warning,
        summary: "No path leads from a repository to a sharing or application activity.",
        rationale: "The most common break in a KM system: knowledge is generated and captured, then stored where nobody reads it. A repository is only as useful as the sharing and application that draw on it.",
        remedy: "Connect the repository to the people who need it: a community of practice or knowledge cafe that works from its contents, a data dashboard that surfaces them, or a flow into the application that uses them. Keep metadata so it can be searched.",
        techniques: ["community-of-practice", "knowledge-cafe", "data-dashboard", "knowledge-repository"],
        triggeringExamples: [
            RuleExample("""
                stakeholder coaches "Instructional coaches"
                ↓repository drive "Shared drive"
                generation visits "Classroom visits" by coaches
                consolidation review "Visit review" by coaches
                capture brief "Change brief" by coaches for coaches
                visits -> review -> brief -> drive
                """),
        ],
        nonTriggeringExamples: [
            RuleExample(CommonExamples.healthy),
            // Repositories may pass knowledge on through other repositories.
            RuleExample("""
                stakeholder coaches "Instructional coaches"
                repository inbox "Team inbox"
                repository library "Resource library"
                capture brief "Change brief" by coaches for coaches
                application adopt "Adopt the routine" by coaches
                brief -> inbox -> library -> adopt
                """),
        ]
    )

    public func findings(in context: AnalysisContext) -> [Finding] {
        let map = context.map
        let consumers = map.activities.modelIndices
            .filter { context.roles.consumers.contains(map.activities[$0].phase) }
            .map { map.nodeIndex(.activity($0)) }
        let leadsToUse = context.graph.reachable(from: consumers, forward: false)
        let names = context.phaseList(context.roles.consumers).replacingOccurrences(of: " and ", with: " or ")
        return map.repositories.modelIndices.compactMap { index in
            guard !leadsToUse[map.nodeIndex(.repository(index))] else { return nil }
            let repository = map.repositories[index]
            return context.finding(
                Self.description, at: repository.idRange,
                "repository \(context.map.name(of: .repository(index))) leads to no \(names) activity: what is stored there goes unused",
                subject: .node(.repository(index)), nodes: [.repository(index)]
            )
        }
    }
}
