import KMapAnalysis
import KMapLanguage
import KMapModel

extension CheckedDocument {
    /// Markdown about what is at `position`: an id's label, phase, owners, audience and wave; a
    /// technique's description; a rule's rationale and remedy for a finding, or for a rule named
    /// in `rules { }` or a `# kmap: ignore` comment.
    public func hover(at position: TextPosition) -> (range: TextRange, markdown: String)? {
        let offset = offset(of: position)
        let findings = result.analysis.findings.filter { $0.range.start <= offset && offset <= $0.range.end }
            .map { Self.describe($0.description, message: $0.message, remedy: $0.remedy) }
        if let occurrence = symbols.occurrence(at: offset), let text = describe(occurrence.name, namespace: occurrence.namespace) {
            return (range(occurrence.range), ([text] + findings).joined(separator: "\n\n---\n\n"))
        }
        if let (name, nameRange) = techniqueName(at: offset), let technique = TechniqueCatalog.technique(slug: name) {
            return (range(nameRange), "**\(technique.name)** (technique `\(technique.slug)`)\n\n\(technique.summary)\n\nPhases: \(technique.phases.joined(separator: ", "))")
        }
        if let (rule, nameRange) = ruleName(at: offset) {
            return (range(nameRange), Self.describe(rule))
        }
        if let finding = result.analysis.findings.first(where: { $0.range.start <= offset && offset <= $0.range.end }) {
            return (range(finding.range), findings.joined(separator: "\n\n---\n\n"))
        }
        return nil
    }

    static func describe(_ rule: RuleDescription, message: String? = nil, remedy: String? = nil) -> String {
        var lines = ["**\(rule.code) \(rule.slug)** (\(rule.defaultSeverity.rawValue) by default)"]
        if let message { lines.append(message) }
        lines.append("**Why it matters:** \(rule.rationale)")
        lines.append("**What to do:** \(remedy ?? rule.remedy)")
        return lines.joined(separator: "\n\n")
    }

    private func describe(_ name: String, namespace: String) -> String? {
        if namespace == "group" {
            let label = declarations.entities["group:\(name)"]?.label?.value ?? name
            let members = symbols.occurrences.filter { $0.namespace == "group" && $0.name == name && !$0.isDeclaration }.count
            return "**\(label)** (group `\(name)`)\n\n\(members) stakeholder(s)"
        }
        if let wave = declarations.waves[name] {
            let activities = wave.body.filter { if case .entity = $0 { true } else { false } }.count
            return "**\(wave.label?.value ?? name)** (wave `\(name)`)\n\n\(activities) activit\(activities == 1 ? "y" : "ies") declared in it"
        }
        guard let entity = declarations.entities[name] else { return nil }
        var lines = ["**\(entity.label?.value ?? name)** (\(entity.kind == .activity ? "activity" : entity.kind.rawValue) `\(name)`)"]
        switch entity.kind {
        case .activity:
            let phase = entity.keyword.name == "activity" ? Declarations.names("phase", of: entity).first ?? "?" : entity.keyword.name
            lines.append("Phase: \(phase)")
            lines.append("Owners: \(people(Declarations.names("by", of: entity)))")
            lines.append("Audience: \(people(Declarations.names("for", of: entity)))")
            lines.append("Wave: \(wave(of: name))")
        case .stakeholder:
            let flags = ["broker", "external", "heard", "informed"].filter { flag in entity.attributeSequence.contains { $0.keyword.name == flag } }
            if !flags.isEmpty { lines.append(flags.joined(separator: ", ")) }
            if let group = Declarations.names("group", of: entity).first { lines.append("Group: \(group)") }
        case .repository:
            lines.append("Owner: \(people(Declarations.names("owner", of: entity)))")
        case .group:
            break
        }
        return lines.joined(separator: "\n\n")
    }

    private func people(_ ids: [String]) -> String {
        ids.isEmpty ? "none" : ids.map { id in label(of: id).map { "\($0) (`\(id)`)" } ?? "`\(id)`" }.joined(separator: ", ")
    }

    /// The declared wave an activity is written in, or the analysed waves that start at it.
    private func wave(of activity: String) -> String {
        if let declared = declarations.waveOfActivity[activity] { return "`\(declared)`" }
        let started = result.analysis.waves.filter { !$0.declared && $0.id == activity }
        return started.isEmpty ? "joins the row of the wave that reaches it" : "starts the wave `\(activity)`"
    }

    /// The technique name of a `technique NAME` attribute under `offset`.
    private func techniqueName(at offset: Int) -> (String, SourceRange)? {
        for entity in declarations.entities.values {
            for attribute in entity.attributeSequence where attribute.keyword.name == "technique" {
                guard case .names(let names) = attribute.value, let name = names.first else { continue }
                if name.range.start <= offset && offset <= name.range.end { return (name.name, name.range) }
            }
        }
        return nil
    }
}
