import KMapLanguage
import Yams

/// A rule named in a configuration, with where it was written (checked against the known rules
/// once the map's framework is known).
public struct RuleReference: Hashable, Sendable {
    public var name: String
    public var range: SourceRange

    public init(name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }
}

/// Reads the keys of a `.kmap.yml` document, collecting settings and problems.
struct ProjectConfigurationReader {
    let source: SourceFile
    private(set) var overrides = RuleOverrides()
    private(set) var failOn: FailOn?
    private(set) var evidence = EvidenceSettings()
    private(set) var references: [RuleReference] = []
    private(set) var diagnostics: [Diagnostic] = []

    init(source: SourceFile) { self.source = source }

    mutating func read(_ root: Node) {
        guard let mapping = root.mapping else {
            problem(at: root, "the configuration must be a mapping of keys such as disabled_rules and severity")
            return
        }
        for (key, value) in mapping {
            switch key.string ?? "" {
            case "disabled_rules": overrides.disabled += names(in: value)
            case "enabled_rules": overrides.enabled += names(in: value)
            case "severity": readSeverities(value)
            case "fail_on": failOn = failureThreshold(value)
            case "evidence": readEvidence(value)
            default:
                problem(at: key, "unknown key '\(key.string ?? "")'; expected disabled_rules, enabled_rules, severity, fail_on or evidence")
            }
        }
    }

    private mutating func names(in node: Node) -> [String] {
        let items = node.sequence.map(Array.init) ?? [node]
        return items.compactMap { item in
            guard let name = item.scalar?.string, !name.isEmpty else {
                problem(at: item, "expected a rule slug or code")
                return nil
            }
            references.append(RuleReference(name: name, range: range(of: item)))
            return name
        }
    }

    private mutating func readSeverities(_ node: Node) {
        guard let mapping = node.mapping else {
            problem(at: node, "severity must map rule slugs or codes to error, warning or info")
            return
        }
        for (key, value) in mapping {
            guard let name = key.string, let level = severity(value) else { continue }
            references.append(RuleReference(name: name, range: range(of: key)))
            overrides.severities[name] = level
        }
    }

    private mutating func readEvidence(_ node: Node) {
        guard let mapping = node.mapping else {
            problem(at: node, "evidence must map not_acted_on_days and cadence_tolerance to values")
            return
        }
        for (key, value) in mapping {
            let text = value.scalar?.string ?? ""
            switch key.string ?? "" {
            case "not_acted_on_days":
                if let days = Int(text), days > 0 { evidence.notActedOnDays = days } else { problem(at: value, "expected a whole number of days above 0") }
            case "cadence_tolerance":
                let number = text.hasSuffix("%") ? Double(text.dropLast()).map { $0 / 100 } : Double(text)
                if let number, number >= 0, number.isFinite { evidence.cadenceTolerance = number } else { problem(at: value, "expected a fraction or a percentage, such as 0.25 or 25%") }
            default:
                problem(at: key, "unknown key '\(key.string ?? "")' in evidence; expected not_acted_on_days or cadence_tolerance")
            }
        }
    }

    private mutating func severity(_ node: Node) -> Severity? {
        if let text = node.scalar?.string, let level = Severity(rawValue: text) { return level }
        problem(at: node, "expected error, warning or info")
        return nil
    }

    private mutating func failureThreshold(_ node: Node) -> FailOn? {
        if let text = node.scalar?.string, let threshold = FailOn(rawValue: text) { return threshold }
        problem(at: node, "expected \(FailOn.spelled)")
        return nil
    }

    private mutating func problem(at node: Node, _ message: String) {
        diagnostics.append(Diagnostic(.invalidValue, .warning, at: range(of: node), message))
    }

    /// The range of a node's first line from its mark (1-based line, column in Unicode scalars).
    private func range(of node: Node) -> SourceRange {
        guard let mark = node.mark, mark.line >= 1, mark.line <= source.lineStarts.count else { return .empty(at: 0) }
        let lineStart = source.lineStarts[mark.line - 1]
        let lineText = source.lineText(mark.line)
        var offset = lineStart
        for scalar in lineText.unicodeScalars.prefix(max(0, mark.column - 1)) { offset += String(scalar).utf8.count }
        let token = node.scalar?.string ?? ""
        let length = source.text(in: SourceRange(start: offset, end: offset + token.utf8.count)) == token ? token.utf8.count : 0
        return SourceRange(start: offset, end: offset + length)
    }
}
