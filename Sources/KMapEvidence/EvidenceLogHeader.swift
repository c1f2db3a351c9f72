import Foundation
import KMapLanguage

/// The columns of an evidence log, found by header name (case-insensitively, in any order).
public enum EvidenceColumn: String, CaseIterable, Sendable {
    case date, activity, participants, id
    case actsOn = "acts_on"
    case note

    /// The columns every log must have.
    public static let required: [EvidenceColumn] = [.date, .activity, .participants]

    /// The header row of a new log: every column, required ones first.
    public static let headerLine = allCases.map(\.rawValue).joined(separator: ",")
}

/// Where each column is in a log's header row, and the extra columns kept beside them.
struct EvidenceLogHeader {
    private(set) var columns: [EvidenceColumn: Int] = [:]
    /// Columns kmap does not read: their position and name.
    private(set) var extra: [(index: Int, name: String)] = []
    private(set) var diagnostics: [Diagnostic] = []
    let count: Int

    init(_ cells: [String], starts: [Int]) {
        count = cells.count
        for (index, cell) in cells.enumerated() {
            let name = cell.trimmingCharacters(in: CharacterSet.whitespaces.union(["\u{FEFF}"]))
            guard let column = EvidenceColumn(rawValue: name.lowercased()) else {
                if !name.isEmpty { extra.append((index, name)) }
                continue
            }
            let start = starts.indices.contains(index) ? starts[index] : 0
            if let first = columns[column] {
                diagnostics.append(Diagnostic(
                    EvidenceDiagnostics.badHeader, .error, at: SourceRange(start: start, end: start + cell.utf8.count),
                    "the column '\(column.rawValue)' is named twice (first as column \(first + 1))"
                ))
            } else {
                columns[column] = index
            }
        }
        let missing = EvidenceColumn.required.filter { columns[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map { "'\($0.rawValue)'" }
            let what = names.count == 1 ? "a \(names[0]) column" : "the columns " + names.joined(separator: ", ")
            let hints = missing.compactMap { column in
                Suggestions.didYouMean(Suggestions.closest(to: column.rawValue, among: extra.map(\.name)))
                    .map { "for '\(column.rawValue)', \($0)" }
            }
            diagnostics.append(Diagnostic(
                EvidenceDiagnostics.badHeader, .error, at: .empty(at: 0),
                "the header has no \(what); an evidence log's header row names date, activity and participants"
                    + (hints.isEmpty ? "" : " (\(hints.joined(separator: "; ")))"),
                notes: [DiagnosticNote("the columns are \(EvidenceColumn.headerLine); extra columns are kept and ignored")]
            ))
        }
    }

    var isValid: Bool { !diagnostics.hasErrors }
}
