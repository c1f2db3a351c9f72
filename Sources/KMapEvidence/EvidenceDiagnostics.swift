import KMapLanguage

/// The diagnostic ids of evidence logs: `L` and a number, never reused.
public enum EvidenceDiagnostics {
    /// The file is not readable CSV (an unterminated quote, text after a closing quote).
    public static let badCSV = DiagnosticID(code: "L001", slug: "bad-csv")
    /// The header lacks a required column, or names one twice.
    public static let badHeader = DiagnosticID(code: "L002", slug: "bad-log-header")
    /// A required cell is empty.
    public static let missingValue = DiagnosticID(code: "L003", slug: "missing-value")
    /// The date is not an ISO 8601 calendar date.
    public static let badDate = DiagnosticID(code: "L004", slug: "bad-date")
    /// A participant is not a stakeholder of the map.
    public static let unknownParticipant = DiagnosticID(code: "L005", slug: "unknown-participant")
    /// Two rows give the same occurrence id.
    public static let duplicateOccurrence = DiagnosticID(code: "L006", slug: "duplicate-occurrence")
    /// `acts_on` names no occurrence, or one that happened later.
    public static let badActsOn = DiagnosticID(code: "L007", slug: "bad-acts-on")
    /// The log has a header and no rows, or a row has more cells than the header has columns.
    public static let badRow = DiagnosticID(code: "L008", slug: "bad-row")

    /// Every id, in code order.
    public static let all = [badCSV, badHeader, missingValue, badDate, unknownParticipant, duplicateOccurrence, badActsOn, badRow]
}
