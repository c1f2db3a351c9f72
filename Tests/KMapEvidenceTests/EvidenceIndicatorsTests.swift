import KMapAnalysis
import KMapEvidence
import KMapModel
import Testing

@Suite struct EvidenceIndicatorsTests {
    static let map = """
        stakeholder staff "Project staff"
        stakeholder leads "Team leads"
        generation aar "After-action review" by staff every month
        capture brief "Lessons brief" by leads for staff
        sharing cop "Community of practice" by leads, staff
        application adopt "Adopt the change" by leads, staff
        aar -> brief -> cop -> adopt
        """
    static let log = """
        date,activity,participants,id,acts_on
        2026-01-05,aar,staff,a1,
        2026-01-10,brief,leads,b1,a1
        2026-02-05,aar,staff;leads,a2,
        2026-02-20,brief,leads,b2,a2
        2026-03-01,cop,leads;staff,c1,b1
        2026-03-05,aar,staff,a3,
        2026-04-06,adopt,staff,,c1
        2026-06-01,adopt,staff,,a2
        2026-12-01,aar,staff,a4,
        """

    static func indicators() -> (EvidenceIndicators, EvidenceContext) {
        let map = compile(Self.map)
        let result = EvidenceCheck.check(map, evidence: read(log, against: map))
        return (EvidenceIndicators(result.context), result.context)
    }

    @Test func countsOccurrencesByActivityAndPhase() {
        let (indicators, _) = Self.indicators()
        #expect(indicators.occurrencesByActivity == [4, 2, 1, 2])
        #expect(indicators.occurrencesByPhase == [4, 0, 2, 1, 2])
    }

    @Test func countsLessonsActedOnWithinTheWindow() {
        let (indicators, _) = Self.indicators()
        // Due by 2026-12-01: b1, b2 and c1. b1 through c1 on 2026-04-06 and c1 itself; b2 never
        // (the application on 2026-06-01 acts on a2, not on the brief).
        #expect(indicators.lessonsDue == 3)
        #expect(indicators.lessonsActedOn == 2)
        #expect(indicators.shareActedOn == 2.0 / 3.0)
    }

    @Test func countsParticipationByStakeholderAndPhase() {
        let (indicators, _) = Self.indicators()
        #expect(indicators.participation == [[4, 0, 0, 1, 2], [1, 0, 2, 1, 0]])
    }

    @Test func findsWavesThatCompletedInPractice() {
        let (indicators, _) = Self.indicators()
        // a1 reaches adopt on 2026-04-06 (91 days), a2 on 2026-06-01 (116 days).
        #expect(indicators.generations == 4)
        #expect(indicators.completedWaves == 2)
        #expect(indicators.medianDaysToApplication == 103.5)
    }

    @Test func thePeriodNarrowsEverything() {
        let map = compile(Self.map)
        let period = EvidencePeriod(from: EvidenceDate(iso: "2026-02-01"), to: EvidenceDate(iso: "2026-03-31"))
        let context = EvidenceCheck.check(map, evidence: read(Self.log, against: map), period: period).context
        let indicators = EvidenceIndicators(context)
        #expect(indicators.occurrencesByActivity == [2, 1, 1, 0])
        #expect(indicators.lessonsDue == 0)
        #expect(indicators.completedWaves == 1)
    }
}
