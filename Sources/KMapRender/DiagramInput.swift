import KMapModel

/// A wave drawn as one row of the waves view: the activities that carry one piece of knowledge
/// through the cycle.
public struct DiagramWave: Hashable, Sendable {
    /// The wave's id (a declared wave's id or the id of the generation activity it starts from).
    public var id: String
    public var label: String
    /// The wave's nodes, in path order. An activity in several waves is drawn in the first.
    public var nodes: [NodeRef]
    /// Phases (framework indices) the wave never reaches; drawn as "missing" boxes.
    public var missingPhases: [Int]
    /// True when some path of the wave goes through every phase in order.
    public var isComplete: Bool
    /// True when application feeds back into generation.
    public var isClosed: Bool
    /// True when the wave is complete only through planned activities (it is not, as it runs today).
    public var isCompleteOnlyOnPaper = false
    /// How many of the first ``nodes`` are declared in the wave's `wave` block: they are drawn in
    /// this row even when another wave reaches them first.
    public var declaredCount = 0

    /// A wave; complete unless it misses a phase, when not said otherwise.
    public init(
        id: String, label: String, nodes: [NodeRef], missingPhases: [Int], isComplete: Bool? = nil, isClosed: Bool
    ) {
        self.id = id
        self.label = label
        self.nodes = nodes
        self.missingPhases = missingPhases
        self.isComplete = isComplete ?? missingPhases.isEmpty
        self.isClosed = isClosed
    }
}

/// A finding drawn on the picture (``DiagramDecorations/markFinding(_:on:)``): the elements it
/// concerns are outlined in red with its code.
public struct DiagramMark: Hashable, Sendable {
    /// The rule code, e.g. `KM004`.
    public var code: String
    /// The rule slug, e.g. `dead-end-repository`.
    public var slug: String

    public init(code: String, slug: String) {
        self.code = code
        self.slug = slug
    }
}

/// Everything a diagram shows: the map, its waves, the de-facto brokers and the decorations of
/// later stages (findings among them). ``init(analysis:)`` builds it from the analysis.
public struct DiagramInput: Sendable {
    public var map: KMap
    public var waves: [DiagramWave]
    /// Stakeholders who carry knowledge between groups without being declared brokers.
    public var deFactoBrokers: Set<StakeholderIndex>
    /// What a later stage adds to the picture: findings and marks on drawn elements, ghost nodes
    /// and edges.
    public var decorations = DiagramDecorations()

    public init(map: KMap, waves: [DiagramWave], deFactoBrokers: Set<StakeholderIndex> = []) {
        self.map = map
        self.waves = waves
        self.deFactoBrokers = deFactoBrokers
    }
}
