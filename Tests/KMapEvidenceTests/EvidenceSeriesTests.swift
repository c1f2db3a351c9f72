import KMapAnalysis
import KMapEvidence
import Testing

/// The evidence of a map per calendar period, for `kmap trend --evidence`.
@Suite struct EvidenceSeriesTests {
    static func series(_ length: CalendarPeriod.Length, range: EvidencePeriod = EvidencePeriod()) -> EvidenceSeries {
        let map = compile(EvidenceIndicatorsTests.map)
        return EvidenceSeries(map: map, evidence: read(EvidenceIndicatorsTests.log, against: map), length: length, range: range)
    }

    @Test func everyMonthOfTheLogIsAPeriodEmptyOnesAsZeros() {
        let series = Self.series(.month)
        let months: [String] = (1...12).map { month in month < 10 ? "2026-0\(month)" : "2026-\(month)" }
        #expect(series.periods.map(\.period.label) == months)
        #expect(series.periods.map(\.occurrences) == [2, 2, 2, 1, 0, 1, 0, 0, 0, 0, 0, 1])
        let july = series.periods[6]
        #expect(july.occurrencesByPhase == [0, 0, 0, 0, 0])
        #expect(july.generations == 0 && july.completedWaves == 0 && july.medianDaysToApplication == nil)
        #expect(july.heard == [0, 0])
    }

    @Test func occurrencesAddUpToTheWholeLog() {
        for length in CalendarPeriod.Length.allCases {
            #expect(Self.series(length).periods.map(\.occurrences).reduce(0, +) == 9, "\(length)")
        }
    }

    @Test func wavesCountInThePeriodOfTheirGeneration() {
        let quarters = Self.series(.quarter).periods
        #expect(quarters.map(\.period.label) == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"])
        #expect(quarters.map(\.generations) == [3, 0, 0, 1])
        // a1 (5 January) was applied on 6 April, a2 (5 February) on 1 June.
        #expect(quarters[0].completedWaves == 2)
        let median: Double = (91.0 + 116.0) / 2
        #expect(quarters[0].medianDaysToApplication == median)
    }

    @Test func lessonsOfAPeriodAreJudgedOnceTheirWindowClosedByTheEndOfTheRange() {
        // The briefs of January and February and the community of practice of March are due by
        // 1 December, the end of the log; b1 was acted on (through the community of practice),
        // b2 never was.
        let months = Self.series(.month).periods
        #expect(months[0].lessonsDue == 1 && months[0].lessonsActedOn == 1)
        #expect(months[1].lessonsDue == 1 && months[1].lessonsActedOn == 0)
        #expect(months[2].lessonsDue == 1 && months[2].lessonsActedOn == 1)
        #expect(months[2].shareActedOn == 1)
        #expect(months[3].lessonsDue == 0 && months[3].shareActedOn == nil)
    }

    @Test func mustBeHeardStakeholdersAndRuleFindingsArePerPeriod() {
        let series = Self.series(.month)
        #expect(series.mustBeHeard.map(\.id) == ["staff", "leads"])
        #expect(series.mustBeHeard.map(\.label) == ["Project staff", "Team leads"])
        #expect(series.rules.map(\.slug) == EvidenceRules.descriptions.map(\.slug))
        // February: the leads took part in a review; January: only the staff.
        #expect(series.periods[0].heard == [1, 0] && series.periods[0].stakeholdersHeard == 1)
        #expect(series.periods[1].heard == [1, 1] && series.periods[1].stakeholdersHeard == 2)
        let unheard = series.rules.firstIndex { $0.slug == "unheard-in-practice" }!
        #expect(series.periods[0].findings[unheard] == 1)
        #expect(series.periods[1].findings[unheard] == 0)
        let neverHeld = series.rules.firstIndex { $0.slug == "never-held" }!
        #expect(series.periods[6].findings[neverHeld] == 4)
    }

    @Test func fromAndToChooseTheRangeAndADisabledRuleIsNotCounted() {
        let range = EvidencePeriod(from: EvidenceDate(iso: "2025-12-15"), to: EvidenceDate(iso: "2026-01-31"))
        let series = Self.series(.month, range: range)
        #expect(series.periods.map(\.period.period.description) == ["2025-12-15 to 2025-12-31", "2026-01-01 to 2026-01-31"])
        #expect(series.periods.map(\.occurrences) == [0, 2])
        let map = compile("map \"M\" {\n  rules {\n    disable never-held\n  }\n}\n" + EvidenceIndicatorsTests.map)
        let configured = EvidenceSeries(map: map, evidence: read(EvidenceIndicatorsTests.log, against: map), length: .year)
        #expect(!configured.rules.map(\.slug).contains("never-held"))
        #expect(configured.periods.first?.findings.count == configured.rules.count)
    }

    @Test func aLogWithoutOccurrencesHasNoPeriods() {
        let map = compile(EvidenceIndicatorsTests.map)
        let series = EvidenceSeries(map: map, evidence: read("date,activity,participants\n", against: map), length: .month)
        #expect(series.periods.isEmpty)
    }
}
