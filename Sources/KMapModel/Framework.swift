/// The ordered list of phases a map's activities belong to.
///
/// The default is kmap's five-phase KM cycle; a map may declare its own list (for example APQC's
/// knowledge flow) with `phases ...` in its header. Everything downstream works on phase indices.
public struct Framework: Hashable, Sendable {
    /// Phase names in cycle order. The first is where knowledge is generated, the last is where it
    /// is applied.
    public let phases: [String]
    /// True for kmap's built-in five-phase framework.
    public let isDefault: Bool
    /// Phases a wave may pass over without a gap (`optional identify`).
    public let optional: Set<Int>
    /// Runs of adjacent phases that stand in for each other (`alternatives share, access`): a
    /// wave that reaches one of them has attended to all of them. APQC's knowledge flow has share
    /// (push) and access (pull) as alternatives unless the map says otherwise.
    public let alternatives: [ClosedRange<Int>]
    /// Phases that looking knowledge up in a repository performs: a pull from a reviewed
    /// repository reaches people as a push does, so a flow out of a repository may pass over them.
    /// The phases named as dissemination steps (the default's sharing, APQC's share and access, a
    /// map's own `share`, `sharing`, `access` or `dissemination`), with their alternatives.
    public let pullPhases: Set<Int>
    /// The step that packages knowledge as a product for an audience: the default's capture, or
    /// the first inner phase whose name says so (`capture`, `document`, `package`, `codify`,
    /// `write-up`, `record`); nil when no phase does.
    public let capturePhase: Int?

    /// A framework of `phases`; `optional` and `alternatives` are phase indices (alternatives
    /// default to APQC's share/access for APQC's seven steps).
    public init(phases: [String], optional: Set<Int> = [], alternatives: [ClosedRange<Int>]? = nil) {
        self.phases = phases
        self.isDefault = phases == Framework.defaultPhases
        self.optional = optional
        if let alternatives {
            self.alternatives = alternatives
        } else if phases == Framework.apqcPhases {
            self.alternatives = [4...5]
        } else {
            self.alternatives = []
        }
        var pulled = Set<Int>()
        for (index, name) in phases.enumerated() where Framework.pullPhaseNames.contains(name.lowercased()) {
            pulled.insert(index)
            if let run = self.alternatives.first(where: { $0.contains(index) }) { pulled.formUnion(run) }
        }
        self.pullPhases = pulled
        self.capturePhase = phases.indices.first { index in
            index > 0 && index < phases.count - 1
                && Framework.captureStems.contains { phases[index].lowercased().hasPrefix($0) }
        }
    }

    /// How the names of phases that package knowledge for an audience begin.
    static let captureStems = ["captur", "document", "packag", "codif", "write", "record"]

    /// Names of the phases a pull from a repository performs (see ``pullPhases``).
    static let pullPhaseNames: Set<String> = ["sharing", "share", "access", "dissemination", "disseminate"]

    /// APQC's knowledge flow: create, identify, collect, review, share, access, use.
    public static let apqcPhases = ["create", "identify", "collect", "review", "share", "access", "use"]

    /// The run of alternatives `phase` belongs to, if any.
    public func alternatives(of phase: Int) -> ClosedRange<Int>? {
        alternatives.first { $0.contains(phase) }
    }

    /// Whether a wave that goes from `level` straight to `target` leaves a gap: some phase in
    /// between is neither optional nor an alternative of `level` or `target`.
    /// `passing` are the phases this flow performs on its way (the ``pullPhases`` for a flow out of
    /// a repository).
    public func leavesGap(from level: Int, to target: Int, passing: Set<Int> = []) -> Bool {
        guard target > level + 1 else { return false }
        return (level + 1..<target).contains { !isSkippable($0, between: level, and: target, passing: passing) }
    }

    /// Whether `phase`, strictly between `level` and `target`, may be passed over: it is optional,
    /// an alternative of either end, or one of the phases the flow performs on its way (`passing`).
    public func isSkippable(_ phase: Int, between level: Int, and target: Int, passing: Set<Int> = []) -> Bool {
        if optional.contains(phase) || passing.contains(phase) { return true }
        guard let run = alternatives(of: phase) else { return false }
        return run.contains(level) || run.contains(target)
    }

    /// Whether a wave that reached the phases marked in `reached` has attended to `phase`: it
    /// reached it, or an alternative of it, or the phase is optional.
    public func isAttended(_ phase: Int, reached: [Bool]) -> Bool {
        guard reached.indices.contains(phase) else { return false }
        if reached[phase] || optional.contains(phase) { return true }
        return alternatives(of: phase).map { $0.contains { reached.indices.contains($0) && reached[$0] } } ?? false
    }

    public static let defaultPhases = ["generation", "consolidation", "capture", "sharing", "application"]

    /// generation, consolidation, capture, sharing, application.
    public static let `default` = Framework(phases: defaultPhases)

    /// The index of `name`, if it is one of this framework's phases.
    public func index(of name: String) -> Int? { phases.firstIndex(of: name) }

    public var firstPhase: Int { 0 }
    public var lastPhase: Int { phases.count - 1 }

    /// The role a phase plays in the default cycle, when the framework is the default one
    /// (custom frameworks have no fixed roles beyond first and last).
    public func isDefaultPhase(_ index: Int, named name: String) -> Bool {
        isDefault && phases.indices.contains(index) && phases[index] == name
    }
}
