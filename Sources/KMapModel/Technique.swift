/// A knowledge-management technique from kmap's built-in catalog, such as a peer assist or an
/// after-action review.
public struct Technique: Hashable, Sendable {
    /// When a technique is used relative to a piece of work: learning before, during or after.
    public enum Timing: String, Hashable, Sendable, CaseIterable {
        case before, during, after
    }

    /// The fixed identifier used in maps after `technique` (`after-action-review`).
    public let slug: String
    /// The name a practitioner would use ("After-action review").
    public let name: String
    /// The phases of the default framework the technique serves (at least one), the phase it
    /// mainly serves first.
    public let phases: [String]
    /// When the technique is used, where the before/during/after distinction applies.
    public let timing: Timing?
    /// One line saying what the technique is.
    public let summary: String
    /// Other spellings a map may use for the same technique (`aar`); they resolve to ``slug``.
    public let aliases: [String]

    public init(slug: String, name: String, phases: [String], timing: Timing? = nil, summary: String, aliases: [String] = []) {
        self.slug = slug
        self.name = name
        self.phases = phases
        self.timing = timing
        self.summary = summary
        self.aliases = aliases
    }

    /// Whether the technique serves the default-framework phase `phase` (`"sharing"`).
    public func serves(_ phase: String) -> Bool { phases.contains(phase) }
}
