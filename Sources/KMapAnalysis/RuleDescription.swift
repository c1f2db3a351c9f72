import KMapLanguage

/// Everything known about a gap rule apart from its detection logic: identity, default severity,
/// the KM reasoning behind it, the remedy, and example maps that prove its behaviour.
///
/// `docs/RULES.md`, the SARIF `rules[]` metadata and the example tests are all generated from these
/// values, so they cannot drift apart.
public struct RuleDescription: Hashable, Sendable {
    /// Stable code, `KM` and a number (`KM006`). Never reused for another rule.
    public var code: String
    /// Stable kebab-case name used in configuration and suppressions (`no-broker`).
    public var slug: String
    /// A short human title ("No broker").
    public var name: String
    public var defaultSeverity: Severity
    /// One line: what the rule reports.
    public var summary: String
    /// Why it matters, from knowledge-management practice.
    public var rationale: String
    /// What to do about it.
    public var remedy: String
    /// Who the rule applies to and who is exempt, and why (empty when it applies to every map alike).
    public var scope: String
    /// Technique catalog slugs the remedy recommends.
    public var techniques: [String]
    /// Maps on which the rule must report a finding at each marked line.
    public var triggeringExamples: [RuleExample]
    /// Maps on which the rule must report nothing.
    public var nonTriggeringExamples: [RuleExample]

    public init(
        code: String, slug: String, name: String, defaultSeverity: Severity, summary: String,
        rationale: String, remedy: String, scope: String = "", techniques: [String],
        triggeringExamples: [RuleExample], nonTriggeringExamples: [RuleExample]
    ) {
        self.code = code
        self.slug = slug
        self.name = name
        self.defaultSeverity = defaultSeverity
        self.summary = summary
        self.rationale = rationale
        self.remedy = remedy
        self.scope = scope
        self.techniques = techniques
        self.triggeringExamples = triggeringExamples
        self.nonTriggeringExamples = nonTriggeringExamples
    }

    /// The rule's identity as a diagnostic id (`KM006 no-broker`).
    public var id: DiagnosticID { DiagnosticID(code: code, slug: slug) }
}

/// An example map for a rule. Lines that start with ``marker`` are where a finding must point; the
/// marker is removed before the map is analysed. The example remembers where it was written, so a
/// failing example points at itself.
public struct RuleExample: Hashable, Sendable {
    /// The marker that starts a line a finding must point at.
    public static let marker = "↓"

    /// The map text, with markers.
    public var markedText: String
    /// Where the example was written, so a failing test can point at it.
    public var fileID: String
    public var filePath: String
    public var line: Int

    public init(_ markedText: String, fileID: String = #fileID, filePath: String = #filePath, line: Int = #line) {
        self.markedText = markedText
        self.fileID = fileID
        self.filePath = filePath
        self.line = line
    }

    /// The map text without markers.
    public var text: String {
        lines.map(\.text).joined(separator: "\n")
    }

    /// The 1-based lines of ``text`` that carry a marker.
    public var markedLines: [Int] {
        lines.enumerated().compactMap { $0.element.marked ? $0.offset + 1 : nil }
    }

    private var lines: [(text: String, marked: Bool)] {
        markedText.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.hasPrefix(Self.marker)
                ? (String(line.dropFirst(Self.marker.count)), true)
                : (String(line), false)
        }
    }
}
