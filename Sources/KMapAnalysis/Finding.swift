import KMapLanguage
import KMapModel

/// One gap the analysis found in a map: which rule, how serious, where, and what to do about it.
///
/// A finding is a value; ``asDiagnostic()`` turns it into the language's ``Diagnostic`` so the same
/// renderer prints parse errors and analysis findings alike.
public struct Finding: Hashable, Sendable {
    /// The rule's code (`KM006`) and slug (`no-broker`).
    public var rule: DiagnosticID
    /// The severity after configuration (project file, map header, command line) was applied.
    public var severity: Severity
    /// Where the finding points: a declaration, a flow step or the map header.
    public var range: SourceRange
    public var message: String
    /// A stable key for matching the same finding across versions of a map: a node id, a wave id,
    /// a stakeholder id, or `from->to` for a flow.
    public var subject: String
    /// The id of the wave the finding belongs to, for wave rules.
    public var wave: String?
    /// The nodes the finding is about, for diagrams to mark.
    public var nodes: [NodeRef]
    /// The phase a `missing-<phase>` finding is about.
    public var missingPhase: Int?
    /// Related places and linked findings.
    public var notes: [DiagnosticNote]
    /// What to do, naming techniques from the catalog.
    public var remedy: String

    public init(
        rule: DiagnosticID, severity: Severity, range: SourceRange, message: String, subject: String,
        wave: String? = nil, nodes: [NodeRef] = [], missingPhase: Int? = nil,
        notes: [DiagnosticNote] = [], remedy: String
    ) {
        self.rule = rule
        self.severity = severity
        self.range = range
        self.message = message
        self.subject = subject
        self.wave = wave
        self.nodes = nodes
        self.missingPhase = missingPhase
        self.notes = notes
        self.remedy = remedy
    }

    /// The rule code, such as `KM006`.
    public var code: String { rule.code }
    /// The rule slug, such as `no-broker`.
    public var slug: String { rule.slug }

    /// The finding as a diagnostic with its notes. A diagnostic has no place for a remedy, so
    /// reporters print ``remedy`` after it as `help:`.
    public func asDiagnostic() -> Diagnostic {
        Diagnostic(rule, severity, at: range, message, notes: notes)
    }

    /// File order, then rule code, then subject: the order every report lists findings in.
    public static func fileOrder(_ lhs: Finding, _ rhs: Finding) -> Bool {
        (lhs.range.start, lhs.range.end, lhs.rule.code, lhs.subject, lhs.message)
            < (rhs.range.start, rhs.range.end, rhs.rule.code, rhs.subject, rhs.message)
    }
}
