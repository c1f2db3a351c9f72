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

    public init(phases: [String]) {
        self.phases = phases
        self.isDefault = phases == Framework.defaultPhases
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
