import KMapText

/// The stakeholder and technique sections of the Markdown report.
extension MarkdownReport {
    static func engagement(_ section: EngagementSection, into lines: inout [String]) {
        lines += ["## Who takes part in which phase", ""]
        guard section.hasRows else {
            lines += ["The map declares no stakeholders.", ""]
            return
        }
        lines += ["\"runs N\": owns N activities of the phase; \"for N\": is the audience of N; \"—\": takes no part.", ""]
        let phases = section.phases.map(MarkdownText.inline)
        lines.append("| Stakeholder | " + phases.joined(separator: " | ") + " |")
        lines.append("|---|" + String(repeating: "---|", count: phases.count))
        for row in section.rows {
            var who = "\(MarkdownText.inline(row.label)) \(MarkdownText.code(row.id)), group \(MarkdownText.inline(row.group))"
            for role in row.roles { who += ", \(role)" }
            if row.ownsNothing { who += ", **runs nothing**" }
            let cells = row.cells.map { MarkdownText.inline($0.text) }
            lines.append("| \(who) | " + cells.joined(separator: " | ") + " |")
        }
        lines.append("")
    }

    static func brokers(_ section: BrokerSection, into lines: inout [String]) {
        lines += ["## Brokers", ""]
        func list(_ title: String, _ entries: [BrokerSection.Line], empty: String) {
            lines += ["### \(title)", ""]
            if entries.isEmpty {
                lines += [empty, ""]
                return
            }
            lines += entries.map { "- **\(MarkdownText.inline($0.label))** \(MarkdownText.code($0.id)): \(MarkdownText.inline($0.text))" }
            lines.append("")
        }
        list("Declared brokers", section.declared, empty: "No stakeholder is declared a broker.")
        list("Brokers in practice", section.deFacto, empty: "No undeclared stakeholder bridges several groups.")
        list("Bottlenecks", section.bottlenecks, empty: "No single stakeholder carries a group's only route of knowledge.")
        if section.hasCentral {
            lines += ["### Most routes of knowledge pass through", "", "| Stakeholder | Share of routes |", "|---|---|"]
            lines += section.central.map { "| \(MarkdownText.inline($0.label)) \(MarkdownText.code($0.id)) | \(MarkdownText.inline($0.text)) |" }
            lines.append("")
        }
        if let note = section.sampleNote { lines += ["_\(MarkdownText.inline(note))_", ""] }
    }

    static func techniques(_ catalog: [TechniqueEntry], into lines: inout [String]) {
        lines += ["## Techniques cited", ""]
        guard !catalog.isEmpty else {
            lines += ["No remedy cites a technique.", ""]
            return
        }
        for entry in catalog {
            var uses = "Serves \(entry.phases)"
            if let timing = entry.timing { uses += "; used \(timing) the work" }
            uses += ". Cited by: \(entry.citedBy)."
            if let usage = entry.usage { uses += " It is \(usage)." }
            lines += [
                "### <a id=\"\(entry.anchor)\"></a>\(MarkdownText.inline(entry.name)) (\(MarkdownText.code(entry.slug)))", "",
                MarkdownText.inline(entry.summary), "", "_\(MarkdownText.inline(uses))_", "",
            ]
        }
    }
}
