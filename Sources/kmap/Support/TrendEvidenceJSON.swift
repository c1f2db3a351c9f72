import KMapEvidence

extension CommandJSON {
    /// The `evidence` member of `kmap trend --format json`: the period length, the stakeholders
    /// who must be heard, the window of the lessons, the rules counted, and one object per period.
    struct TrendEvidence: Encodable {
        struct Stakeholder: Encodable {
            var id: String
            var label: String
        }

        struct Rule: Encodable {
            var code: String
            var slug: String
        }

        /// One calendar period; `median_days_to_application` is null when no wave completed.
        struct Period: Encodable {
            var label: String
            var from: String
            var to: String
            var occurrences: Int
            var occurrencesByPhase: [String: Int]
            var lessonsDue: Int
            var lessonsActedOn: Int
            var generations: Int
            var wavesCompleted: Int
            var medianDaysToApplication: Nullable<Double>
            var stakeholdersHeard: Int
            /// Generation, consolidation and application occurrences taken part in, by stakeholder id.
            var heard: [String: Int]
            /// Findings by rule slug.
            var findings: [String: Int]
        }

        var period: String
        var windowDays: Int
        var mustBeHeard: [Stakeholder]
        var rules: [Rule]
        var periods: [Period]

        init(_ series: EvidenceSeries) {
            period = series.length.rawValue
            windowDays = series.windowDays
            mustBeHeard = series.mustBeHeard.map { Stakeholder(id: $0.id, label: $0.label) }
            rules = series.rules.map { Rule(code: $0.code, slug: $0.slug) }
            periods = series.periods.map { period in
                Period(
                    label: period.period.label, from: period.period.period.from?.description ?? "",
                    to: period.period.period.to?.description ?? "", occurrences: period.occurrences,
                    occurrencesByPhase: Dictionary(zip(series.phases, period.occurrencesByPhase), uniquingKeysWith: +),
                    lessonsDue: period.lessonsDue, lessonsActedOn: period.lessonsActedOn, generations: period.generations,
                    wavesCompleted: period.completedWaves, medianDaysToApplication: Nullable(value: period.medianDaysToApplication),
                    stakeholdersHeard: period.stakeholdersHeard,
                    heard: Dictionary(zip(series.mustBeHeard.map(\.id), period.heard), uniquingKeysWith: +),
                    findings: Dictionary(zip(series.rules.map(\.slug), period.findings), uniquingKeysWith: +))
            }
        }
    }
}

/// An optional value written as `null` when absent, where a synthesized encoding would leave the
/// key out.
struct Nullable<Value: Encodable>: Encodable {
    var value: Value?

    func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
    }
}
