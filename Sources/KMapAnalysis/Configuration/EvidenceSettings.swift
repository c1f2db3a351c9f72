/// The settings of the evidence rules in a `.kmap.yml` (`kmap evidence`, `check --evidence`):
///
/// ```yaml
/// evidence:
///   not_acted_on_days: 180
///   cadence_tolerance: 25%
/// ```
public struct EvidenceSettings: Hashable, Sendable {
    /// How many days after a capture or sharing occurrence an application must act on it.
    public var notActedOnDays: Int
    /// How much longer than its cadence a gap between occurrences may be before it is reported,
    /// as a fraction (0.25: a monthly activity may leave 38 days).
    public var cadenceTolerance: Double

    public init(notActedOnDays: Int = 180, cadenceTolerance: Double = 0.25) {
        self.notActedOnDays = notActedOnDays
        self.cadenceTolerance = cadenceTolerance
    }
}
