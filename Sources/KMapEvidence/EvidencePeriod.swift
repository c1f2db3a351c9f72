/// The days the evidence is checked over (`--from`, `--to`), both included. A bound left open is
/// the first or last date in the logs.
public struct EvidencePeriod: Hashable, Sendable {
    public var from: EvidenceDate?
    public var to: EvidenceDate?

    public init(from: EvidenceDate? = nil, to: EvidenceDate? = nil) {
        self.from = from
        self.to = to
    }

    /// Whether `date` falls in the period.
    public func contains(_ date: EvidenceDate) -> Bool {
        (from.map { date >= $0 } ?? true) && (to.map { date <= $0 } ?? true)
    }

    /// `2026-01-01 to 2026-12-31`.
    public var description: String {
        "\(from.map(String.init(describing:)) ?? "the start") to \(to.map(String.init(describing:)) ?? "the end")"
    }
}
