import KMapModel

/// What the analysis learned about one wave: how far through the cycle its knowledge travels.
///
/// A wave starts at a generation activity (the first phase) and follows flows whose target is in
/// the same or a later phase; repositories pass knowledge through. See ``WaveAnalysis``.
public struct WaveResult: Hashable, Sendable {
    /// The declared wave id, or the id of the generation activity that starts an undeclared wave.
    public var id: String
    public var label: String
    /// True for waves written as `wave` blocks.
    public var declared: Bool
    /// The activities the wave starts at, in id order: one generation activity for an undeclared
    /// wave, every generation activity of a declared one (or its earliest activities when it has
    /// none). Never empty.
    public var starts: [ActivityIndex]
    /// The activity the wave starts at (for a declared wave with
    /// several generation activities, the first of them by id, whatever the order of the file).
    public var start: ActivityIndex { starts[0] }
    /// For each phase of the framework, whether an activity of that phase is reachable from the start.
    public var reached: [Bool]
    /// The furthest phase reached (the last phase on ``path``).
    public var furthestPhase: Int
    /// The last activity on ``path``: where the knowledge of an incomplete wave stops.
    public var lastActivity: ActivityIndex
    /// True when some path from the start visits every phase of the framework in order.
    public var isComplete: Bool
    /// True when an application (last-phase) activity of the wave flows back, directly or through
    /// other nodes, to a generation activity.
    public var isClosed: Bool
    /// The most complete path: it reaches the furthest phase, in order when possible.
    public var path: WavePath
    /// Phases (after the first) that no activity of the wave belongs to, in order.
    public var missingPhases: [Int]
    /// The wave with its existing activities alone, when the map plans some activities; nil when
    /// nothing is planned (the plan is the system).
    public var asIs: WaveAsIs? = nil

    /// Phases the wave attends to only through planned activities.
    public func phasesOnPaper(in framework: Framework) -> [Int] {
        guard let asIs else { return [] }
        return reached.indices.filter { framework.isAttended($0, reached: reached) && !framework.isAttended($0, reached: asIs.reached) }
    }

    /// Complete as it runs today (the same as ``isComplete`` when nothing is planned).
    public var isCompleteAsIs: Bool { asIs?.isComplete ?? isComplete }
    /// Closed as it runs today.
    public var isClosedAsIs: Bool { asIs?.isClosed ?? isClosed }

    public init(
        id: String, label: String, declared: Bool, starts: [ActivityIndex], reached: [Bool], furthestPhase: Int,
        lastActivity: ActivityIndex, isComplete: Bool, isClosed: Bool, path: WavePath, missingPhases: [Int]
    ) {
        self.id = id
        self.label = label
        self.declared = declared
        precondition(!starts.isEmpty, "a wave starts somewhere")
        self.starts = starts
        self.reached = reached
        self.furthestPhase = furthestPhase
        self.lastActivity = lastActivity
        self.isComplete = isComplete
        self.isClosed = isClosed
        self.path = path
        self.missingPhases = missingPhases
    }
}
