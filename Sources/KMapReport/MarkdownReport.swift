import KMapAnalysis
import KMapRender
import KMapText

/// The workshop report in Markdown for wikis: the same sections as the HTML report, the waves
/// and stakeholders diagrams as linked SVG files, tables for the summary and the engagement
/// matrix. Every text from the map goes through ``MarkdownText``.
public enum MarkdownReport {
    /// The report for `analysis`.
    ///
    /// - Parameters:
    ///   - diagram: the waves diagram's file, or nil when there is none.
    ///   - stakeholderDiagram: the stakeholders view's file, shown after it; its caption and the
    ///     waves caption say which findings each view marks.
    ///   - diagramNote: a sentence shown in the diagram section, such as why it is missing.
    ///   - evidence: the evidence section (`kmap report --evidence`), after the findings, with
    ///     its timeline linked as `timelineFile` when given.
    public static func render(
        _ analysis: AnalysisResult, diagram: LinkedDiagram?, stakeholderDiagram: LinkedDiagram? = nil, diagramNote: String? = nil,
        evidence: EvidenceReport? = nil, timelineFile: String? = nil
    ) -> String {
        let model = ReportModel(
            analysis: analysis, diagramElements: diagram?.elements ?? [], stakeholderElements: stakeholderDiagram?.elements ?? [])
        var lines: [String] = []
        header(model, into: &lines)
        lines += ["## Diagrams", ""]
        if let diagram {
            lines += ["![Waves diagram of \(MarkdownText.inline(model.title))](\(MarkdownText.destination(diagram.file)))", ""]
            lines += [MarkdownText.inline(model.captions.waves), ""]
        }
        if let diagramNote { lines += ["_\(MarkdownText.inline(diagramNote))_", ""] }
        if let stakeholderDiagram {
            lines += ["### Stakeholders", ""]
            lines += ["![Stakeholders diagram of \(MarkdownText.inline(model.title))](\(MarkdownText.destination(stakeholderDiagram.file)))", ""]
            lines += [MarkdownText.inline(model.captions.stakeholders), ""]
        }
        summary(model.summary, into: &lines)
        findings(model, into: &lines)
        if let evidence { lines += MarkdownEvidence.section(evidence, timelineFile: timelineFile) }
        engagement(model.engagement, into: &lines)
        brokers(model.brokers, into: &lines)
        techniques(model.catalog, into: &lines)
        lines += ["---", "", "Made with kmap from \(MarkdownText.code(model.path)). Finding codes are explained in docs/RULES.md."]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func header(_ model: ReportModel, into lines: inout [String]) {
        lines += ["# \(MarkdownText.inline(model.title))", "", "Knowledge-management map \(MarkdownText.code(model.path))", ""]
        if let goal = model.goal { lines += ["**Goal:** \(MarkdownText.inline(goal))", ""] }
        if model.hasStandards {
            lines += ["**What counts as knowledge:**", ""]
            lines += model.standards.map { "- \(MarkdownText.inline($0))" }
            lines.append("")
        } else {
            lines += ["The map states no standard of what counts as knowledge.", ""]
        }
    }

    private static func summary(_ summary: ReportSummary, into lines: inout [String]) {
        lines += ["## Summary", ""]
        lines += ["**Waves complete: \(summary.completeWaves) / \(summary.totalWaves)** · loops closed: \(summary.closedWaves) · "
            + "errors: \(summary.errors) · warnings: \(summary.warnings) · info: \(summary.infos)", ""]
        if summary.hasSuppressed {
            lines += ["\(summary.suppressed) more findings are silenced by `kmap: ignore` comments in the map.", ""]
        }
        lines += ["### Findings by phase", "", "| Phase | Errors | Warnings | Info | Total |", "|---|---:|---:|---:|---:|"]
        lines += summary.phaseTallies.map { "| \(MarkdownText.inline($0.phase)) | \($0.errors) | \($0.warnings) | \($0.infos) | \($0.total) |" }
        lines += ["", "### Waves", ""]
        guard summary.hasWaves else {
            lines += ["The map has no generation activity, so no wave starts.", ""]
            return
        }
        let phases = summary.phaseNames.map(MarkdownText.inline)
        lines.append("| Wave | " + phases.joined(separator: " | ") + " | Status |")
        lines.append("|---|" + String(repeating: ":---:|", count: phases.count) + "---|")
        for wave in summary.waves {
            let cells = wave.phases.map { $0.reached ? "✓" : "✗ missing" }
            lines.append("| \(MarkdownText.inline(wave.label)) \(MarkdownText.code(wave.id)) | " + cells.joined(separator: " | ")
                + " | \(MarkdownText.inline(wave.status)) |")
        }
        lines.append("")
    }

    private static func findings(_ model: ReportModel, into lines: inout [String]) {
        lines += ["## Findings", ""]
        if !model.hasFindings { lines += ["No findings: every wave the analysis followed is complete.", ""] }
        for group in model.findingGroups {
            lines += ["### \(MarkdownText.inline(group.title))", "", "_\(MarkdownText.inline(group.detail))_", ""]
            for finding in group.findings { self.finding(finding, into: &lines) }
        }
    }

    private static func finding(_ finding: FindingEntry, into lines: inout [String]) {
        lines += [
            "#### \(finding.severity.uppercased()) \(finding.code) \(MarkdownText.inline(finding.ruleName)) (\(MarkdownText.code(finding.slug)))",
            "", MarkdownText.inline(finding.message), "", "\(finding.location.prefix(1).uppercased())\(finding.location.dropFirst()):", "",
        ]
        let width = String(finding.excerpt.last?.number ?? 0).count
        var excerpt = finding.excerpt.map { line in
            String(repeating: " ", count: width - String(line.number).count) + "\(line.number) | \(line.text)"
        }
        if finding.excerptIsCut { excerpt.append(String(repeating: " ", count: width) + " | …") }
        lines += MarkdownText.codeBlock(excerpt, language: "kmap")
        lines.append("")
        if finding.hasNotes {
            lines += finding.notes.map { "- \(MarkdownText.inline($0))" }
            lines.append("")
        }
        lines += ["**Remedy:** \(RemedyText(finding.remedy).markdown)", ""]
        if finding.hasTechniques {
            let links = finding.techniques.map { "[\(MarkdownText.inline($0.name))](#\($0.anchor))" }
            lines += ["**Techniques:** " + links.joined(separator: ", "), ""]
        }
        lines += ["**Questions for the room:**", ""]
        lines += finding.questions.map { "- _\(MarkdownText.inline($0))_" }
        lines.append("")
    }
}

/// A diagram the Markdown report links to: its SVG file's path relative to the report, and the
/// elements it draws (which decide the findings each caption counts).
public struct LinkedDiagram: Sendable {
    public var file: String
    public var elements: Set<DiagramElement>

    public init(file: String, elements: Set<DiagramElement>) {
        self.file = file
        self.elements = elements
    }
}
