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
    /// True when application feeds back into generation.
    public var isClosed: Bool

    public init(id: String, label: String, nodes: [NodeRef], missingPhases: [Int], isClosed: Bool) {
        self.id = id
        self.label = label
        self.nodes = nodes
        self.missingPhases = missingPhases
        self.isClosed = isClosed
    }

    /// True when the wave reaches every phase.
    public var isComplete: Bool { missingPhases.isEmpty }
}

/// A finding drawn on the picture: the nodes it concerns are outlined in red with its code.
public struct DiagramMark: Hashable, Sendable {
    /// The rule code, e.g. `KM004`.
    public var code: String
    /// The rule slug, e.g. `dead-end-repository`.
    public var slug: String
    public var nodes: [NodeRef]
    /// Stakeholders the finding concerns (indices into ``KMap/stakeholders``).
    public var stakeholders: [Int]

    public init(code: String, slug: String, nodes: [NodeRef], stakeholders: [Int] = []) {
        self.code = code
        self.slug = slug
        self.nodes = nodes
        self.stakeholders = stakeholders
    }
}

/// Everything a diagram shows: the map, its waves and the findings to mark on it.
public struct DiagramInput: Sendable {
    public var map: KMap
    public var waves: [DiagramWave]
    public var marks: [DiagramMark]

    public init(map: KMap, waves: [DiagramWave], marks: [DiagramMark]) {
        self.map = map
        self.waves = waves
        self.marks = marks
    }
}
