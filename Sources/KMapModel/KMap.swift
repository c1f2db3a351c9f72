import KMapLanguage

/// A resolved map: every name looked up, every attribute checked, flows as a graph.
///
/// Nodes of the flow graph are numbered activities first (`0 ..< activities.count`), then
/// repositories; ``nodeIndex(_:)`` and ``node(at:)`` convert.
public struct KMap: Sendable {
    public var source: SourceFile
    public var title: String?
    public var goal: String?
    public var standards: [String]
    public var framework: Framework
    public var stakeholders: [Stakeholder]
    public var repositories: [Repository]
    public var activities: [Activity]
    public var flows: [Flow]
    /// Flows between a pair of nodes that an earlier flow already connects, in source order. The
    /// graph keeps one flow per pair (``flows``); these are kept so that nothing written is lost
    /// (a comparison of two versions sees a second labelled flow appear).
    public var repeatedFlows: [Flow] = []
    public var waves: [DeclaredWave]
    public var ruleSettings: RuleSettings
    /// Every comment in the file (suppressions are read from them).
    public var comments: [Comment]
    /// Range of the map header, if any.
    public var headerRange: SourceRange?
    /// Labels of the groups declared with `group ID "Label"`, by group id.
    public var groupLabels: [String: String]

    /// Outgoing flows of each node, as indices into ``flows``.
    public private(set) var outgoing: [[Int]]
    /// Incoming flows of each node, as indices into ``flows``.
    public private(set) var incoming: [[Int]]

    public init(
        source: SourceFile, title: String?, goal: String?, standards: [String], framework: Framework,
        stakeholders: [Stakeholder], repositories: [Repository], activities: [Activity],
        flows: [Flow], waves: [DeclaredWave], ruleSettings: RuleSettings, comments: [Comment],
        headerRange: SourceRange?, groupLabels: [String: String] = [:]
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
        self.waves = waves
        self.ruleSettings = ruleSettings
        self.comments = comments
        self.headerRange = headerRange
        self.groupLabels = groupLabels
        let count = activities.count + repositories.count
        var outgoing = Array(repeating: [Int](), count: count)
        var incoming = Array(repeating: [Int](), count: count)
        let activityCount = activities.count
        func index(_ ref: NodeRef) -> Int {
            switch ref {
            case .activity(let i): i
            case .repository(let i): activityCount + i
            }
        }
        for (flowIndex, flow) in flows.enumerated() {
            outgoing[index(flow.from)].append(flowIndex)
            incoming[index(flow.to)].append(flowIndex)
        }
        self.outgoing = outgoing
        self.incoming = incoming
    }

    /// Number of nodes in the flow graph (activities and repositories).
    public var nodeCount: Int { activities.count + repositories.count }

    /// The dense index of a node in ``outgoing`` and ``incoming``.
    public func nodeIndex(_ ref: NodeRef) -> Int {
        switch ref {
        case .activity(let i): i
        case .repository(let i): activities.count + i
        }
    }

    /// The node at a dense index.
    public func node(at index: Int) -> NodeRef {
        index < activities.count ? .activity(index) : .repository(index - activities.count)
    }

    /// The id of a node as written in the map.
    public func id(of ref: NodeRef) -> String {
        switch ref {
        case .activity(let i): activities[i].id
        case .repository(let i): repositories[i].id
        }
    }

    /// The label of a node.
    public func label(of ref: NodeRef) -> String {
        switch ref {
        case .activity(let i): activities[i].label
        case .repository(let i): repositories[i].label
        }
    }

    /// The declaration range of a node.
    public func range(of ref: NodeRef) -> SourceRange {
        switch ref {
        case .activity(let i): activities[i].range
        case .repository(let i): repositories[i].range
        }
    }

    /// The phase index of a node; repositories have none.
    public func phase(of ref: NodeRef) -> Int? {
        if case .activity(let i) = ref { return activities[i].phase }
        return nil
    }

    /// Successor nodes of a dense node index.
    public func successors(of index: Int) -> [Int] {
        outgoing[index].map { nodeIndex(flows[$0].to) }
    }

    /// Predecessor nodes of a dense node index.
    public func predecessors(of index: Int) -> [Int] {
        incoming[index].map { nodeIndex(flows[$0].from) }
    }
}
