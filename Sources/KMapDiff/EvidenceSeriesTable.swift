import KMapEvidence

/// The cells of a trend's evidence table, one row per calendar period: what
/// ``TrendTableWriter`` lays out as text, Markdown and CSV after the versions.
enum EvidenceSeriesTable {
    /// `Evidence of the newest version per month, 2026-01-01 to 2026-12-31`.
    static func title(_ series: EvidenceSeries) -> String {
        guard let first = series.periods.first, let last = series.periods.last else {
            return "Evidence of the newest version per \(series.length.rawValue): no occurrence"
        }
        let range = EvidencePeriod(from: first.period.period.from, to: last.period.period.to)
        return "Evidence of the newest version per \(series.length.rawValue), \(range.description)"
    }

    /// The header of the text and Markdown tables; the columns after the first are numbers.
    static func header(_ series: EvidenceSeries) -> [String] {
        ["period", "occurrences"] + series.phases
            + ["lessons acted on", "waves completed", "median days", "heard"] + series.rules.map(\.slug)
    }

    /// One period's cells: counts, `acted on/due`, `completed/generations`, the median days (`-`
    /// when no wave completed), `heard/must be heard`, then findings by rule.
    static func cells(_ period: PeriodEvidence, in series: EvidenceSeries) -> [String] {
        let counts: [String] = [period.period.label, String(period.occurrences)] + period.occurrencesByPhase.map(String.init)
        let shares: [String] = [
            "\(period.lessonsActedOn)/\(period.lessonsDue)", "\(period.completedWaves)/\(period.generations)",
            period.medianDaysToApplication.map(days) ?? "-", "\(period.stakeholdersHeard)/\(series.mustBeHeard.count)",
        ]
        return counts + shares + period.findings.map(String.init)
    }

    /// The CSV header: every count in a column of its own, each stakeholder who must be heard as
    /// `heard_<id>`.
    static func csvHeader(_ series: EvidenceSeries) -> [String] {
        ["period", "from", "to", "occurrences"] + series.phases
            + ["lessons_due", "lessons_acted_on", "generations", "waves_completed", "median_days_to_application",
               "must_be_heard", "heard"]
            + series.mustBeHeard.map { "heard_" + $0.id } + series.rules.map(\.slug)
    }

    static func csvCells(_ period: PeriodEvidence, in series: EvidenceSeries) -> [String] {
        let range = period.period.period
        let dates: [String] = [period.period.label, range.from.map(String.init(describing:)) ?? "", range.to.map(String.init(describing:)) ?? ""]
        let counts: [Int] = [period.occurrences] + period.occurrencesByPhase
            + [period.lessonsDue, period.lessonsActedOn, period.generations, period.completedWaves]
        let heard: [Int] = [series.mustBeHeard.count, period.stakeholdersHeard] + period.heard
        return dates + counts.map(String.init) + [period.medianDaysToApplication.map(days) ?? ""]
            + heard.map(String.init) + period.findings.map(String.init)
    }

    /// `22` for a whole number of days, `22.5` otherwise.
    static func days(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}
