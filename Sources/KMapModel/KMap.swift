import KMapLanguage

/// A resolved map: every name looked up, every attribute checked, flows as a graph.
///
/// Every field is read-only, so the flow graph, built once here from the flows, can never
/// disagree with them; a changed map (``asIs()``) is a new value. Nodes of the flow graph are
/// numbered activities first (`0 ..< activities.count`), then repositories; ``nodeIndex(_:)``
/// and ``node(at:)`` convert.
public struct KMap: Sendable {
    public let source: SourceFile
    public let title: String?
    public let goal: String?
    public let standards: [String]
    public let framework: Framework
    public let stakeholders: [Stakeholder]
    public let repositories: [Repository]
    public let activities: [Activity]
    public let flows: [Flow]
    /// Flows between a pair of nodes that an earlier flow already connects, in source order. The
    /// graph keeps one flow per pair (``flows``); these are kept so that nothing written is lost
    /// (a comparison of two versions sees a second labelled flow appear).
    public let repeatedFlows: [Flow]
    public let waves: [DeclaredWave]
    public let ruleSettings: RuleSettings
    /// Every comment in the file (suppressions are read from them).
    public let comments: [Comment]
    /// Range of the map header, if any.
    public let headerRange: SourceRange?
    /// Labels of the groups declared with `group ID "Label"`, by group id.
    public let groupLabels: [String: String]
    /// The flows as a graph: each node's successors, predecessors and flows in and out.
    public let graph: FlowGraph
    /// The label of each group that is not declared with `group` but is the id of a stakeholder
    /// (``label(ofGroup:)``), found once here rather than by a search per lookup.
    let stakeholderGroupLabels: [String: String]

    public init(
        source: SourceFile, title: String?, goal: String?, standards: [String], framework: Framework,
        stakeholders: [Stakeholder], repositories: [Repository], activities: [Activity],
        flows: [Flow], repeatedFlows: [Flow] = [], waves: [DeclaredWave], ruleSettings: RuleSettings,
        comments: [Comment], headerRange: SourceRange?, groupLabels: [String: String] = [:]
    ) {
        self.source = source
        self.title = title
        self.goal = goal
        self.standards = standards
        self.framework = framework
        self.stakeholders = stakeholders
        self.repositories = repositories
        self.activities = activities
        self.flows = flows
        self.repeatedFlows = repeatedFlows
        self.waves = waves
        self.ruleSettings = ruleSettings
        self.comments = comments
        self.headerRange = headerRange
        self.groupLabels = groupLabels
        var stakeholderGroupLabels: [String: String] = [:]
        for stakeholder in stakeholders where groupLabels[stakeholder.id] == nil {
            stakeholderGroupLabels[stakeholder.id] = stakeholderGroupLabels[stakeholder.id] ?? stakeholder.label
        }
        self.stakeholderGroupLabels = stakeholderGroupLabels
        graph = FlowGraph(activities: activities, repositoryCount: repositories.count, flows: flows, framework: framework)
    }

    /// Number of nodes in the flow graph (activities and repositories).
    public var nodeCount: Int { activities.count + repositories.count }

    /// The dense index of a node in ``outgoing`` and ``incoming``.
    public func nodeIndex(_ ref: NodeRef) -> Int { graph.index(of: ref) }

    /// The node at a dense index.
    public func node(at index: Int) -> NodeRef { graph.node(at: index) }

    /// The id of a node as written in the map.
    public func id(of ref: NodeRef) -> String {
        switch ref {
        case .activity(let i): self[i].id
        case .repository(let i): self[i].id
        }
    }

    /// The label of a node.
    public func label(of ref: NodeRef) -> String {
        switch ref {
        case .activity(let i): self[i].label
        case .repository(let i): self[i].label
        }
    }

    /// The declaration range of a node.
    public func range(of ref: NodeRef) -> SourceRange {
        switch ref {
        case .activity(let i): self[i].range
        case .repository(let i): self[i].range
        }
    }

    /// The phase index of a node; repositories have none.
    public func phase(of ref: NodeRef) -> Int? {
        if case .activity(let i) = ref { return self[i].phase }
        return nil
    }

    /// Successor nodes of a dense node index, in flow order.
    public func successors(of index: Int) -> ArraySlice<Int> { graph.successors(of: index) }

    /// Predecessor nodes of a dense node index, in flow order.
    public func predecessors(of index: Int) -> ArraySlice<Int> { graph.predecessors(of: index) }
}
