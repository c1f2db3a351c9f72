import KMapLanguage

/// The map header: title, goal, standards, the framework's phases, and per-map rule settings.
extension ResolverState {
    /// Words that start statements; a phase with one of these names could never be written as
    /// an activity's keyword.
    static let statementKeywords: Set<String> = [
        StatementKeyword.map, StatementKeyword.wave, StatementKeyword.stakeholder, StatementKeyword.repository,
        StatementKeyword.activity, StatementKeyword.group,
    ]

    /// Resolves the first header among `statements` and reports any further one (E020). Runs
    /// before declarations, because the framework decides which activity keywords are phases.
    mutating func resolveHeaders(in statements: [Statement]) {
        var first: MapHeader?
        for case .header(let header) in statements {
            if let first {
                report(.duplicateHeader, at: header.keyword.range, "a map has at most one header; merge this one into the first",
                       notes: [DiagnosticNote("the first header is here", at: first.keyword.range)])
            } else {
                first = header
                resolveHeader(header)
            }
        }
    }

    private mutating func resolveHeader(_ header: MapHeader) {
        headerRange = header.range
        title = header.title?.value
        var seen: [Identifier] = []
        var frameworkOptions: [Attribute] = []
        for attribute in header.block?.attributes ?? [] {
            guard isPlaced(attribute, in: .header), !isRepeated(attribute, seen: &seen) else { continue }
            switch attribute.keyword.name {
            case "goal": goal = attribute.text
            case "standard": if let text = attribute.text { standards.append(text) }
            case "phases": resolvePhases(attribute)
            case "optional", "alternatives": frameworkOptions.append(attribute)
            case "rules": resolveRules(attribute)
            default: break
            }
        }
        if !frameworkOptions.isEmpty { resolveFrameworkOptions(frameworkOptions) }
    }

    /// `phases a, b, c`: at least two distinct names, none a statement keyword (E021). With
    /// fewer than two usable phases the default framework stays in force.
    private mutating func resolvePhases(_ attribute: Attribute) {
        var phases: [String] = []
        var firstUse: [String: SourceRange] = [:]
        for name in attribute.names {
            if Self.statementKeywords.contains(name.name) {
                report(.badFramework, at: name.range, "'\(name.name)' cannot name a phase: it is a keyword of the language")
            } else if let first = firstUse[name.name] {
                report(.badFramework, at: name.range, "phase '\(name.name)' is listed twice",
                       notes: [DiagnosticNote("first listed here", at: first)])
            } else {
                firstUse[name.name] = name.range
                phases.append(name.name)
            }
        }
        guard phases.count >= 2 else {
            report(.badFramework, at: attribute.range,
                   "a framework needs at least two distinct phases; the default phases apply instead",
                   notes: [DiagnosticNote("the default phases are \(Framework.defaultPhases.joined(separator: ", "))")])
            return
        }
        framework = Framework(phases: phases)
    }

    /// `rules { disable ...; enable ...; severity SLUG LEVEL }`. Rule slugs are checked by the
    /// analysis stage, which knows the rules; only the level is checked here (E018).
    private mutating func resolveRules(_ attribute: Attribute) {
        guard case .block(let block) = attribute.value else { return }
        for item in block.attributes where isPlaced(item, in: .rules) {
            let names = item.names
            switch item.keyword.name {
            case "disable":
                for name in names where ruleSettings.disabled[name.name] == nil { ruleSettings.disabled[name.name] = name.range }
            case "enable":
                for name in names where ruleSettings.enabled[name.name] == nil { ruleSettings.enabled[name.name] = name.range }
            case "severity":
                guard names.count == 2 else { break }
                if let level = severityLevel(names[1]) { ruleSettings.severities[names[0].name] = level }
            default:
                break
            }
        }
    }

    private mutating func severityLevel(_ name: Identifier) -> Severity? {
        if let level = Severity(rawValue: name.name) { return level }
        let levels: [String] = Severity.allCases.reversed().map(\.rawValue)
        let candidates = suggestions(for: name.name, among: levels)
        report(.invalidValue, at: name.range,
               appendingSuggestion("invalid severity level '\(name.name)'", candidates),
               notes: [DiagnosticNote("a level is one of: \(levels.joined(separator: ", "))")],
               fixIt: replacement(for: name, from: candidates))
        return nil
    }
}

extension Attribute {
    /// The names of a names-valued attribute; empty for other shapes.
    var names: [Identifier] {
        if case .names(let names) = value { return names }
        return []
    }

    /// The single name of a one-name attribute (`technique peer-assist`).
    var name: Identifier? {
        if case .names(let names) = value, names.count == 1 { return names[0] }
        return nil
    }

    /// The string of a text-valued attribute.
    var text: String? {
        if case .text(let literal) = value { return literal.value }
        return nil
    }
}

extension ResolverState {
    /// `optional a, b` and `alternatives c, d` (repeatable): steps a wave may pass over, and runs
    /// of adjacent steps that stand in for each other. Neither may name the first or the last
    /// phase, alternatives must be adjacent, and a phase belongs to one run (E021).
    mutating func resolveFrameworkOptions(_ attributes: [Attribute]) {
        var optional = Set<Int>()
        var runs: [ClosedRange<Int>] = []
        for attribute in attributes {
            var indices: [Int] = []
            var reported = false
            for name in attribute.names {
                guard let index = framework.index(of: name.name) else {
                    report(.badFramework, at: name.range, "'\(name.name)' is not a phase of this map",
                           notes: [DiagnosticNote("this map's phases are \(framework.phases.joined(separator: ", "))")])
                    reported = true
                    continue
                }
                guard index != framework.firstPhase, index != framework.lastPhase else {
                    report(.badFramework, at: name.range,
                           "'\(name.name)' cannot be \(attribute.keyword.name == "optional" ? "optional" : "an alternative"): every wave starts with the first phase and ends with the last")
                    reported = true
                    continue
                }
                indices.append(index)
            }
            if attribute.keyword.name == "optional" {
                optional.formUnion(indices)
                continue
            }
            let sorted = Set(indices).sorted()
            guard !reported else { continue } // one error per mistake
            guard let low = sorted.first, let high = sorted.last, sorted.count >= 2 else {
                report(.badFramework, at: attribute.range, "'alternatives' needs two or more phases that stand in for each other")
                continue
            }
            guard high - low + 1 == sorted.count else {
                report(.badFramework, at: attribute.range, "alternatives must be adjacent phases, as share and access are in APQC's flow")
                continue
            }
            guard !runs.contains(where: { $0.overlaps(low...high) }) else {
                report(.badFramework, at: attribute.range, "a phase belongs to one run of alternatives")
                continue
            }
            runs.append(low...high)
        }
        let alternatives = attributes.contains { $0.keyword.name == "alternatives" } ? runs : nil
        framework = Framework(phases: framework.phases, optional: optional, alternatives: alternatives)
    }
}
