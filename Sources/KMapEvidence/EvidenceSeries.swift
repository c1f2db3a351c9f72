import KMapAnalysis
import KMapModel

/// A stakeholder who must be heard (see ``Voice``), as a series names it.
public struct HeardStakeholder: Hashable, Sendable {
    public let id: String
    public let label: String
}

/// The evidence of one calendar period: its indicators and how many findings each evidence rule
/// gives when the map is checked over that period alone.
public struct PeriodEvidence: Hashable, Sendable {
    public let period: CalendarPeriod
    /// Occurrences in the period, in total and per phase of the framework.
    public let occurrences: Int
    public let occurrencesByPhase: [Int]
    /// Capture and sharing occurrences of the period whose window closed by the end of the
    /// series, and how many of them an application acted on within it.
    public let lessonsDue: Int
    public let lessonsActedOn: Int
    /// Generation occurrences of the period, those an application acted on, and the median days
    /// from generation to application over the latter.
    public let generations: Int
    public let completedWaves: Int
    public let medianDaysToApplication: Double?
    /// For each stakeholder of ``EvidenceSeries/mustBeHeard``, the generation, consolidation and
    /// application occurrences of the period they took part in.
    public let heard: [Int]
    /// For each rule of ``EvidenceSeries/rules``, its findings over the period.
    public let findings: [Int]

    /// The share of due lessons acted on in time, nil when none was due.
    public var shareActedOn: Double? { lessonsDue == 0 ? nil : Double(lessonsActedOn) / Double(lessonsDue) }

    /// How many stakeholders who must be heard took part in at least one occurrence that hears them.
    public var stakeholdersHeard: Int { heard.count { $0 > 0 } }
}

/// The evidence of a map period by period: one ``PeriodEvidence`` per calendar month, quarter
/// or year of the range, empty periods included, for `kmap trend --evidence`.
public struct EvidenceSeries: Hashable, Sendable {
    public let length: CalendarPeriod.Length
    /// The framework's phases, the columns of ``PeriodEvidence/occurrencesByPhase``.
    public let phases: [String]
    /// The map's stakeholders who must be heard, in map order.
    public let mustBeHeard: [HeardStakeholder]
    /// The enabled evidence rules, in code order.
    public let rules: [RuleDescription]
    /// The window of the lessons indicator, in days.
    public let windowDays: Int
    public let periods: [PeriodEvidence]

    /// Checks `map` against `evidence` over each period of `length` in `range` (an open bound is
    /// the first or last date of the evidence), with the rules and settings of `configuration`.
    public init(map: KMap, evidence: Evidence, length: CalendarPeriod.Length, range: EvidencePeriod = EvidencePeriod(),
                configuration: AnalysisConfiguration = AnalysisConfiguration()) {
        self.length = length
        phases = map.framework.phases
        let voices = map.stakeholders.modelIndices.filter { Voice.mustBeHeard(map[$0], in: map) }
        mustBeHeard = voices.map { HeardStakeholder(id: map[$0].id, label: map[$0].label) }
        let enabled = configuration.settings(for: EvidenceRules.descriptions, in: map).enabled
        let rules = EvidenceRules.descriptions.filter { enabled.contains($0.slug) }
        self.rules = rules
        windowDays = (configuration.project?.evidence ?? EvidenceSettings()).notActedOnDays
        guard let first = range.from ?? evidence.occurrences.first?.date, let last = range.to ?? evidence.occurrences.last?.date else {
            periods = []
            return
        }
        periods = CalendarPeriod.periods(length, from: first, to: last).map { calendar in
            let result = EvidenceCheck.check(map, evidence: evidence, period: calendar.period, configuration: configuration)
            let indicators = EvidenceIndicators(result.context, lessonsClosingBy: last)
            let voiceParticipation = result.context.voiceParticipation
            return PeriodEvidence(
                period: calendar, occurrences: result.context.inPeriod.count, occurrencesByPhase: indicators.occurrencesByPhase,
                lessonsDue: indicators.lessonsDue, lessonsActedOn: indicators.lessonsActedOn,
                generations: indicators.generations, completedWaves: indicators.completedWaves,
                medianDaysToApplication: indicators.medianDaysToApplication,
                heard: voices.map { voiceParticipation[$0.position] },
                findings: rules.map { rule in result.findings.count { $0.description.code == rule.code } })
        }
    }
}
