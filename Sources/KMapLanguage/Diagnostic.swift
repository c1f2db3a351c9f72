/// How serious a diagnostic or finding is.
public enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A stable identity for a kind of diagnostic: a code such as `E012` and a slug such as
/// `undefined-reference`. Codes never change meaning once released.
public struct DiagnosticID: Hashable, Sendable, CustomStringConvertible {
    public let code: String
    public let slug: String

    public init(code: String, slug: String) {
        self.code = code
        self.slug = slug
    }

    public var description: String { "\(code) \(slug)" }
}

/// Extra information attached to a diagnostic, optionally pointing at another place in the source
/// (for example "first defined here").
public struct DiagnosticNote: Hashable, Sendable {
    public var message: String
    public var range: SourceRange?

    public init(_ message: String, at range: SourceRange? = nil) {
        self.message = message
        self.range = range
    }
}

/// A suggested edit that would resolve a diagnostic: replace `range` with `replacement`.
public struct FixIt: Hashable, Sendable {
    public var message: String
    public var range: SourceRange
    public var replacement: String

    public init(_ message: String, replacing range: SourceRange, with replacement: String) {
        self.message = message
        self.range = range
        self.replacement = replacement
    }
}

/// A problem found in a source file, as a value: what, where, how bad, and how to fix it.
public struct Diagnostic: Hashable, Sendable {
    public var id: DiagnosticID
    public var severity: Severity
    public var range: SourceRange
    public var message: String
    public var notes: [DiagnosticNote]
    public var fixIt: FixIt?

    public init(
        _ id: DiagnosticID, _ severity: Severity = .error, at range: SourceRange, _ message: String,
        notes: [DiagnosticNote] = [], fixIt: FixIt? = nil
    ) {
        self.id = id
        self.severity = severity
        self.range = range
        self.message = message
        self.notes = notes
        self.fixIt = fixIt
    }
}

extension Sequence<Diagnostic> {
    /// The diagnostics ordered by where they start in the file. The sort is stable: diagnostics at
    /// the same position keep the order in which they were found, so output is deterministic.
    public func sortedByPosition() -> [Diagnostic] {
        enumerated()
            .sorted { ($0.element.range.start, $0.offset) < ($1.element.range.start, $1.offset) }
            .map(\.element)
    }
}
