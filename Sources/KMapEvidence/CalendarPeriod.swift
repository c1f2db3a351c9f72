/// A calendar month, quarter or year (UTC days, as every ``EvidenceDate``), cut to the days
/// evidence is read over: the periods `kmap trend --evidence LOG --period month` reports.
public struct CalendarPeriod: Hashable, Sendable {
    /// How long each period of a series is.
    public enum Length: String, CaseIterable, Hashable, Sendable {
        case month, quarter, year

        /// How many months a period of this length spans.
        var months: Int {
            switch self {
            case .month: 1
            case .quarter: 3
            case .year: 12
            }
        }
    }

    /// The calendar name of the period: `2026-03`, `2026-Q1` or `2026`.
    public let label: String
    /// The days of the period that fall in the range it was cut from, both included.
    public let period: EvidencePeriod

    public init(label: String, period: EvidencePeriod) {
        self.label = label
        self.period = period
    }

    /// Every calendar period of `length` that overlaps `first...last`, in order, each cut to that
    /// range. A period with no occurrence is still listed, so a series shows its empty periods.
    public static func periods(_ length: Length, from first: EvidenceDate, to last: EvidenceDate) -> [CalendarPeriod] {
        guard first <= last else { return [] }
        let start = first.civil
        // Months counted from year 0, rounded down to the start of the period holding `first`.
        var month = start.year * 12 + (start.month - 1)
        month -= month % length.months
        var periods: [CalendarPeriod] = []
        while true {
            let year = month / 12
            guard let opening = EvidenceDate(year: year, month: month % 12 + 1, day: 1), opening <= last else { break }
            let next = month + length.months
            // Past year 9999 the calendar ends: the range's last day closes the period.
            let closing = EvidenceDate(year: next / 12, month: next % 12 + 1, day: 1).map { $0.adding(days: -1) } ?? last
            periods.append(CalendarPeriod(
                label: label(length, year: year, month: month % 12 + 1),
                period: EvidencePeriod(from: max(opening, first), to: min(closing, last))))
            month = next
        }
        return periods
    }

    private static func label(_ length: Length, year: Int, month: Int) -> String {
        let digits = String(year)
        let yearText = String(repeating: "0", count: max(0, 4 - digits.count)) + digits
        switch length {
        case .month: return yearText + (month < 10 ? "-0" : "-") + String(month)
        case .quarter: return yearText + "-Q" + String((month - 1) / 3 + 1)
        case .year: return yearText
        }
    }
}
