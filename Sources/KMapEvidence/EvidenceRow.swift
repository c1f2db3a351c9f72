import KMapLanguage
import KMapModel
import KMapText

/// Reads one data row of a log into an ``Occurrence``, reporting each problem at its cell. A row
/// with an error yields no occurrence; a row naming an activity the map lacks yields an
/// undeclared name instead (the undeclared-activity rule reports it).
struct EvidenceRow {
    let record: EvidenceRecord
    let header: EvidenceLogHeader
    let log: Int
    let lookup: EvidenceNames
    private(set) var diagnostics: [Diagnostic] = []
    private(set) var occurrence: Occurrence?
    private(set) var actsOn: (name: String, range: SourceRange)?
    private(set) var undeclaredName: (text: String, range: SourceRange)?

    init(record: EvidenceRecord, header: EvidenceLogHeader, log: Int, names: EvidenceNames) {
        self.record = record
        self.header = header
        self.log = log
        self.lookup = names
    }

    mutating func read() {
        if record.cells.count > header.count, record.cells[header.count...].contains(where: { !$0.allSatisfy(\.isWhitespace) }) {
            error(EvidenceDiagnostics.badRow, at: record.range(of: header.count),
                  "the row has \(record.cells.count) cells but the header names \(header.count) columns")
            return
        }
        let date = readDate()
        let activity = readActivity()
        let participants = readParticipants()
        let id = cell(.id).map(trimmed).flatMap { $0.isEmpty ? nil : $0 }
        if let link = cell(.actsOn).map(trimmed), !link.isEmpty, let index = header.columns[.actsOn] {
            actsOn = (link, record.range(of: index))
        }
        guard let date, let activity, let participants, !diagnostics.hasErrors else { return }
        var extra: [String: String] = [:]
        for (index, name) in header.extra where record.cells.indices.contains(index) && !record.cells[index].isEmpty {
            extra[name] = record.cells[index]
        }
        occurrence = Occurrence(
            log: log, row: record.row, date: date, activity: activity, participants: participants, id: id,
            actsOn: nil, note: cell(.note).map(CSVText.unguarded) ?? "", extra: extra,
            range: record.range(of: header.columns[.activity] ?? 0)
        )
    }

    private func cell(_ column: EvidenceColumn) -> String? {
        guard let index = header.columns[column], record.cells.indices.contains(index) else { return nil }
        return record.cells[index]
    }

    private func trimmed(_ text: String) -> String { CellText.trimmed(CSVText.unguarded(text)) }

    private func range(_ column: EvidenceColumn) -> SourceRange { record.range(of: header.columns[column] ?? 0) }

    private mutating func readDate() -> EvidenceDate? {
        let text = cell(.date).map(trimmed) ?? ""
        if text.isEmpty {
            error(EvidenceDiagnostics.missingValue, at: range(.date), "the date is empty; write the day the activity happened as YYYY-MM-DD")
            return nil
        }
        guard let date = EvidenceDate(iso: text) else {
            error(EvidenceDiagnostics.badDate, at: range(.date),
                  "'\(TextExcerpt.capped(text))' is not a date; write an ISO 8601 calendar date, YYYY-MM-DD (2026-03-05)")
            return nil
        }
        return date
    }

    private mutating func readActivity() -> ActivityIndex? {
        let name = cell(.activity).map(trimmed) ?? ""
        if name.isEmpty {
            error(EvidenceDiagnostics.missingValue, at: range(.activity), "the activity is empty; write the id of the map's activity that happened")
            return nil
        }
        guard let activity = lookup.activity(named: name) else {
            undeclaredName = (name, range(.activity))
            return nil
        }
        return activity
    }

    private mutating func readParticipants() -> [StakeholderIndex]? {
        let names = (cell(.participants) ?? "").split(separator: ";").map { trimmed(String($0)) }.filter { !$0.isEmpty }
        var found: [StakeholderIndex] = []
        var isValid = true
        for name in names {
            if let stakeholder = lookup.stakeholder(named: name) {
                if !found.contains(stakeholder) { found.append(stakeholder) }
                continue
            }
            isValid = false
            let suggestions = lookup.stakeholderSuggestions(for: name)
            let hint = Suggestions.didYouMean(suggestions).map { "; \($0)" } ?? ""
            error(EvidenceDiagnostics.unknownParticipant, at: range(.participants),
                  "'\(TextExcerpt.capped(name))' is not a stakeholder of the map\(hint)",
                  notes: [DiagnosticNote("participants are stakeholder ids separated by ';'")])
        }
        return isValid ? found : nil
    }

    private mutating func error(_ id: DiagnosticID, at range: SourceRange, _ message: String, notes: [DiagnosticNote] = []) {
        diagnostics.append(Diagnostic(id, .error, at: range, message, notes: notes))
    }
}
