import KMapAnalysis
import KMapEvidence
import KMapModel

/// The evidence section of the workshop report, as the HTML and Markdown pages read it: the
/// evidence findings, the indicators and the timeline. Text is kept as written; each page
/// escapes it for its format (the HTML template engine, ``MarkdownText``), and the timeline is
/// SVG whose labels ``EvidenceTimeline`` escaped.
public struct EvidenceReport: Sendable {
    /// One evidence finding.
    struct Finding: Sendable {
        var severity: String
        var code: String
        var slug: String
        var ruleName: String
        var message: String
        var remedy: String
        /// The remedy with its `code` spans marked, for the HTML page.
        var remedySegments: [RemedyText.Segment]
    }

    /// A phase's occurrences, or a stakeholder's participation in each phase.
    struct Row: Sendable {
        /// The phase, or the stakeholder's label.
        var name: String
        /// The stakeholder's id, shown after its label; nil for a phase, or when the label is the id.
        var id: String?
        var cells: [String]
    }

    var period: String
    var occurrences: Int
    var findings: [Finding]
    /// Stored, not computed: the template engine reads stored properties.
    var hasFindings: Bool
    var phaseNames: [String]
    var byPhase: [Row]
    /// Each stakeholder: occurrences taken part in, with the activities owned on paper in brackets.
    var participation: [Row]
    var lessons: String
    var waves: String
    /// The timeline, nil when the period has no bounds (the Markdown report writes it to a file).
    public private(set) var timelineSVG: String?

    /// The section for the evidence `result` of `analysis`'s map, with its indicators.
    public init(_ result: EvidenceResult, indicators: EvidenceIndicators, analysis: AnalysisResult) {
        let context = result.context
        let map = context.map
        let phases = map.framework.phases
        period = context.period.description
        occurrences = context.inPeriod.count
        findings = result.findings.map { finding in
            Finding(severity: finding.severity.rawValue, code: finding.code, slug: finding.slug, ruleName: finding.description.name,
                    message: finding.message, remedy: finding.remedy, remedySegments: RemedyText(finding.remedy).segments)
        }
        hasFindings = !findings.isEmpty
        phaseNames = phases
        byPhase = phases.indices.map { Row(name: phases[$0], cells: [String(indicators.occurrencesByPhase[$0])]) }
        participation = map.stakeholders.modelIndices.map { stakeholder in
            let declared = map[stakeholder]
            return Row(name: declared.label, id: declared.label == declared.id ? nil : declared.id, cells: phases.indices.map { phase in
                "\(indicators.participation[stakeholder.position][phase]) (\(analysis.engagement[stakeholder, phase].owner))"
            })
        }
        lessons = indicators.lessonsSummary(windowDays: context.settings.notActedOnDays)
        waves = indicators.wavesSummary
        timelineSVG = EvidenceTimeline.svg(context)
    }
}
