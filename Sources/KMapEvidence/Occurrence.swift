import KMapLanguage
import KMapModel

/// One time an activity of the map happened, as a row of an evidence log records it.
public struct Occurrence: Hashable, Sendable {
    /// The log it came from, as an index into ``Evidence/logs``.
    public var log: Int
    /// The 1-based row of the log (the header is row 1, as a spreadsheet numbers them).
    public var row: Int
    public var date: EvidenceDate
    public var activity: ActivityIndex
    /// The stakeholders who took part, in the order written.
    public var participants: [StakeholderIndex]
    /// The occurrence's own name (`id`), when the row gives one.
    public var id: String?
    /// The earlier occurrence whose knowledge this one applies or carries on (`acts_on`), as an
    /// index into ``Evidence/occurrences``.
    public var actsOn: Int?
    public var note: String
    /// Cells of columns kmap does not read, by header name: kept, and ignored.
    public var extra: [String: String]
    /// The row's `activity` cell in its log.
    public var range: SourceRange
}

/// A log row that names an activity the map lacks (reported by the undeclared-activity rule).
public struct UndeclaredRow: Hashable, Sendable {
    public var log: Int
    public var row: Int
    /// The name as written.
    public var name: String
    public var range: SourceRange
    /// Activity ids of the map close to ``name``, best first.
    public var suggestions: [String]
}

/// What the evidence logs of one map say happened: every occurrence of every log in order of date
/// (then log, then row), the rows that name no activity of the map, and the problems found.
public struct Evidence: Sendable {
    /// The logs read, in the order given.
    public var logs: [SourceFile]
    /// In order of date, then log, then row; ``Occurrence/actsOn`` indexes this array and always
    /// names an occurrence before the one that acts on it.
    public var occurrences: [Occurrence]
    public var undeclared: [UndeclaredRow]
    /// Problems with the logs, each in its log's file (``logs``), by log then position.
    public var diagnostics: [(log: Int, diagnostic: Diagnostic)]

    public init(logs: [SourceFile], occurrences: [Occurrence], undeclared: [UndeclaredRow], diagnostics: [(log: Int, diagnostic: Diagnostic)]) {
        self.logs = logs
        self.occurrences = occurrences
        self.undeclared = undeclared
        self.diagnostics = diagnostics
    }

    /// True when some log has an error: the evidence is not checked then.
    public var hasErrors: Bool { diagnostics.contains { $0.diagnostic.severity == .error } }

    /// The diagnostics of log `index`, in order of position.
    public func diagnostics(ofLog index: Int) -> [Diagnostic] {
        diagnostics.filter { $0.log == index }.map(\.diagnostic)
    }
}
