import KMapEvidence
import Testing

/// Calendar months, quarters and years over a range of days, cut to it, empty ones included.
@Suite struct CalendarPeriodTests {
    private func date(_ text: String) -> EvidenceDate { EvidenceDate(iso: text)! }

    private func described(_ periods: [CalendarPeriod]) -> [String] {
        periods.map { "\($0.label) \($0.period.description)" }
    }

    @Test func monthsFollowTheCalendarAndCutTheFirstAndLastToTheRange() {
        #expect(described(CalendarPeriod.periods(.month, from: date("2026-01-15"), to: date("2026-04-02"))) == [
            "2026-01 2026-01-15 to 2026-01-31",
            "2026-02 2026-02-01 to 2026-02-28",
            "2026-03 2026-03-01 to 2026-03-31",
            "2026-04 2026-04-01 to 2026-04-02",
        ])
    }

    @Test func februaryOfALeapYearHas29Days() {
        #expect(described(CalendarPeriod.periods(.month, from: date("2028-02-01"), to: date("2028-02-29"))) == ["2028-02 2028-02-01 to 2028-02-29"])
    }

    @Test func quartersStartInJanuaryAprilJulyAndOctoberAcrossYears() {
        #expect(described(CalendarPeriod.periods(.quarter, from: date("2025-11-20"), to: date("2026-07-01"))) == [
            "2025-Q4 2025-11-20 to 2025-12-31",
            "2026-Q1 2026-01-01 to 2026-03-31",
            "2026-Q2 2026-04-01 to 2026-06-30",
            "2026-Q3 2026-07-01 to 2026-07-01",
        ])
    }

    @Test func yearsAreCalendarYears() {
        #expect(described(CalendarPeriod.periods(.year, from: date("2024-06-30"), to: date("2026-01-01"))) == [
            "2024 2024-06-30 to 2024-12-31",
            "2025 2025-01-01 to 2025-12-31",
            "2026 2026-01-01 to 2026-01-01",
        ])
    }

    @Test func oneDayIsOnePeriodAndAnInvertedRangeNone() {
        #expect(CalendarPeriod.periods(.month, from: date("2026-03-05"), to: date("2026-03-05")).count == 1)
        #expect(CalendarPeriod.periods(.year, from: date("2026-03-05"), to: date("2026-03-04")).isEmpty)
    }

    @Test func theLastYearOfTheCalendarEndsAtTheRange() {
        #expect(described(CalendarPeriod.periods(.quarter, from: date("9999-12-01"), to: date("9999-12-31"))) == ["9999-Q4 9999-12-01 to 9999-12-31"])
    }

    @Test func periodsTileTheRangeWithoutGapsOrOverlaps() {
        for length in CalendarPeriod.Length.allCases {
            let periods = CalendarPeriod.periods(length, from: date("2023-05-17"), to: date("2027-02-03"))
            #expect(periods.first?.period.from == date("2023-05-17"))
            #expect(periods.last?.period.to == date("2027-02-03"))
            for (earlier, later) in zip(periods, periods.dropFirst()) {
                #expect(earlier.period.to?.adding(days: 1) == later.period.from, "\(length) \(earlier.label)")
            }
        }
    }
}
