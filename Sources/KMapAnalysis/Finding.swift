import KMapLanguage
import KMapModel

/// One gap the analysis found in a map: which rule, how serious, where, and what to do about it.
///
/// A finding is a value; ``asDiagnostic()`` turns it into the language's ``Diagnostic`` so the same
/// renderer prints parse errors and analysis findings alike.
public struct Finding: Hashable, Sendable {
    /// The rule that found it, with its rationale and remedy: no later stage looks a rule up again.
    public let description: RuleDescription
    /// The severity after configuration (project file, map header, command line) was applied.
    public var severity: Severity
    /// Where the finding points: a declaration, a flow step or the map header.
    public let range: SourceRange
    public let message: String
    /// What the finding is about.
    public let subject: FindingSubject
    /// A stable key for matching the same finding across versions of a map, derived from
    /// ``subject`` (see ``FindingSubject/key(in:)``).
    public let key: String
    /// The id of the wave the finding belongs to, for wave rules.
    public let wave: String?
    /// The nodes the finding is about, for diagrams to mark.
    public let nodes: [NodeRef]
    /// The phase a `missing-<phase>` finding is about.
    public let missingPhase: Int?
    /// Related places and linked findings.
    public var notes: [DiagnosticNote]
    /// What to do, naming techniques from the catalog: the rule's remedy unless the rule words
    /// one for this finding.
    public var remedy: String

    /// A finding of the rule `description`, with the rule's default severity; `key` is the
    /// subject's key in the map the finding is about.
    public init(
        _ description: RuleDescription, severity: Severity? = nil, range: SourceRange, message: String,
        subject: FindingSubject, key: String, wave: String? = nil, nodes: [NodeRef] = [], missingPhase: Int? = nil,
        notes: [DiagnosticNote] = [], remedy: String? = nil
    ) {
        self.description = description
        self.severity = severity ?? description.defaultSeverity
        self.range = range
        self.message = message
        self.subject = subject
        self.key = key
        self.wave = wave
        self.nodes = nodes
        self.missingPhase = missingPhase
        self.notes = notes
        self.remedy = remedy ?? description.remedy
    }

    /// The rule's code and slug (`KM006 no-broker`).
    public var rule: DiagnosticID { description.id }
    /// The rule code, such as `KM006`.
    public var code: String { description.code }
    /// The rule slug, such as `no-broker`.
    public var slug: String { description.slug }

    /// The finding as a diagnostic with its notes. A diagnostic has no place for a remedy, so
    /// reporters print ``remedy`` after it as `help:`.
    public func asDiagnostic() -> Diagnostic {
        Diagnostic(rule, severity, at: range, message, notes: notes)
    }

    /// File order, then rule code, then key: the order every report lists findings in.
    public static func fileOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.range.start, lhs.range.end, lhs.code, lhs.key, lhs.message)
            < (rhs.range.start, rhs.range.end, rhs.code, rhs.key, rhs.message)
    }

    /// `findings` sorted by ``fileOrder(_:_:)``, equal ones kept in their order. Positions are
    /// sorted, not findings (moving a finding copies a dozen references), and the ranges, which
    /// decide almost every comparison, are compared before anything else is read.
    static func inFileOrder(_ findings: [Finding]) -> [Finding] {
        let ranges = findings.map(\.range)
        let order = findings.indices.sorted { lhs, rhs in
            if ranges[lhs].start != ranges[rhs].start { return ranges[lhs].start < ranges[rhs].start }
            if ranges[lhs].end != ranges[rhs].end { return ranges[lhs].end < ranges[rhs].end }
            return fileOrder(findings[lhs], findings[rhs])
        }
        return order.map { findings[$0] }
    }

    /// Two findings are equal when they say the same thing at the same place; the rule is
    /// compared by its code (its description carries examples that need not be compared).
    public static func == (lhs: Finding, rhs: Finding) -> Bool {
        lhs.code == rhs.code && lhs.severity == rhs.severity && lhs.range == rhs.range && lhs.message == rhs.message
            && lhs.subject == rhs.subject && lhs.key == rhs.key && lhs.wave == rhs.wave && lhs.nodes == rhs.nodes
            && lhs.missingPhase == rhs.missingPhase && lhs.notes == rhs.notes && lhs.remedy == rhs.remedy
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(range)
        hasher.combine(key)
        hasher.combine(message)
    }
}
