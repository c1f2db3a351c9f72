import KMapEvidence
import KMapModel
import KMapText

/// The indicators in practice as text, after `kmap evidence`'s findings.
enum EvidenceIndicatorsText {
    static func render(_ indicators: EvidenceIndicators, context: EvidenceContext, engagement: (StakeholderIndex, Int) -> Int) -> String {
        let map = context.map
        let phases = map.framework.phases
        var text = "\nIndicators from \(context.period.description): \(context.inPeriod.count) occurrences\n\n"
        var byPhase = TextTable("phase", "occurrences")
        for (phase, name) in phases.enumerated() { byPhase.append([name, String(indicators.occurrencesByPhase[phase])]) }
        text += byPhase.render() + "\n"
        var byActivity = TextTable("activity", "phase", "cadence", "occurrences")
        for index in map.activities.modelIndices {
            let activity = map.activities[index]
            let phase = phases.indices.contains(activity.phase) ? phases[activity.phase] : "?"
            let cadence = activity.cadence.map { "every \($0)" } ?? "-"
            let status = activity.status == .planned ? " (planned)" : ""
            byActivity.append([TerminalText.plain(activity.id), phase, cadence, String(indicators.occurrencesByActivity[index.position]) + status])
        }
        text += byActivity.render() + "\n"
        var participation = TextTable()
        participation.header = ["stakeholder"] + phases
        text += "Participation: occurrences taken part in (activities owned on the map), by phase\n"
        for index in map.stakeholders.modelIndices {
            participation.append([TerminalText.plain(map[index].id)] + phases.indices.map { phase in
                "\(indicators.participation[index.position][phase]) (\(engagement(index, phase)))"
            })
        }
        text += participation.render() + "\n"
        text += indicators.lessonsSummary(windowDays: context.settings.notActedOnDays) + "\n"
        text += indicators.wavesSummary + "\n"
        return text
    }
}
