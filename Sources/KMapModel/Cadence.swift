/// How often an activity happens: `every week`, `every 3 months`.
public struct Cadence: Hashable, Sendable, CustomStringConvertible {
    /// The calendar unit of a cadence.
    public enum Unit: String, Hashable, Sendable, CaseIterable {
        case day, week, fortnight, month, quarter, halfYear = "half-year", year

        /// Approximate length in days, for comparing cadences.
        public var days: Double {
            switch self {
            case .day: 1
            case .week: 7
            case .fortnight: 14
            case .month: 30.4
            case .quarter: 91.3
            case .halfYear: 182.6
            case .year: 365.25
            }
        }
    }

    public var count: Int
    public var unit: Unit

    public init(count: Int = 1, unit: Unit) {
        self.count = count
        self.unit = unit
    }

    /// The period in days (approximate for months and longer).
    public var days: Double { Double(count) * unit.days }

    /// The cadence as a person would say it: "week", "3 weeks", "half-year".
    public var description: String {
        count == 1 ? unit.rawValue : "\(count) \(unit.rawValue)s"
    }

    /// The cadence in the language's own syntax, as written after `every`.
    public var syntax: String { description }
}

extension Cadence.Unit {
    /// The unit a word names, singular or plural: `week`, `weeks`, `half-years`.
    public init?(spelling: String) {
        if let unit = Cadence.Unit(rawValue: spelling) {
            self = unit
        } else if spelling.hasSuffix("s"), let unit = Cadence.Unit(rawValue: String(spelling.dropLast())) {
            self = unit
        } else {
            return nil
        }
    }

    /// Every accepted spelling of every unit, singular then plural.
    public static let spellings: [String] = allCases.map(\.rawValue) + allCases.map { $0.rawValue + "s" }
}
