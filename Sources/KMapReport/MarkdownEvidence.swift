import KMapText

/// The evidence section of the Markdown report: the timeline as a linked SVG file, the
/// indicators as tables, the evidence findings with their remedies. Every text goes through
/// ``MarkdownText``.
enum MarkdownEvidence {
    static func section(_ evidence: EvidenceReport, timelineFile: String?) -> [String] {
        var lines = ["## Evidence", "", "_What the evidence logs say happened from \(MarkdownText.inline(evidence.period)): \(evidence.occurrences) occurrences._", ""]
        if let timelineFile {
            lines += ["![Evidence timeline](\(MarkdownText.destination(timelineFile)))", ""]
            lines += ["One row per activity, a dot per occurrence. The blue band is the time the activity's cadence (and its tolerance) covers after each occurrence: where it breaks, the cadence was not kept.", ""]
        }
        lines += ["### Indicators", "", "\(MarkdownText.inline(evidence.lessons)).", "", "\(MarkdownText.inline(evidence.waves)).", ""]
        lines += ["| Phase | Occurrences |", "|---|---:|"]
        lines += evidence.byPhase.map { "| \(MarkdownText.inline($0.name)) | " + $0.cells.joined(separator: " | ") + " |" }
        lines += ["", "Participation in practice: occurrences each stakeholder took part in, by phase; in brackets, the activities of the phase they own on the map.", ""]
        lines.append("| Stakeholder | " + evidence.phaseNames.map(MarkdownText.inline).joined(separator: " | ") + " |")
        lines.append("|---|" + String(repeating: "---:|", count: evidence.phaseNames.count))
        lines += evidence.participation.map { row in
            let id = row.id.map { " (\(MarkdownText.code($0)))" } ?? ""
            return "| \(MarkdownText.inline(row.name))\(id) | " + row.cells.joined(separator: " | ") + " |"
        }
        lines += ["", "### Evidence findings", ""]
        if !evidence.hasFindings { lines += ["No evidence finding: the map holds in practice.", ""] }
        for finding in evidence.findings {
            lines += [
                "#### \(finding.severity.uppercased()) \(finding.code) \(MarkdownText.inline(finding.ruleName)) (\(MarkdownText.code(finding.slug)))", "",
                MarkdownText.inline(finding.message), "",
                "**Remedy:** \(RemedyText(finding.remedy).markdown)", "",
            ]
        }
        return lines
    }
}
