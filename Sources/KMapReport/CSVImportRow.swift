import Foundation
import KMapModel
import KMapText

/// One data row of an imported activity table, checked and normalised.
struct ImportedRow {
    var row: Int
    var id: String
    /// A phase name, or ``ActivityTable/repositoryPhase``.
    var phase: String
    var label: String
    var by: [String]
    var audience: [String]
    var cadence: Cadence?
    var technique: String?
    var status: ActivityStatus
    var routine: Routine?
    var action: ApplicationAction?
    var next: [String]

    var isRepository: Bool { phase == ActivityTable.repositoryPhase }
}

/// Reads one record of the table into an ``ImportedRow``, reporting every problem it has.
struct RowReader {
    typealias Column = ActivityTable.Column

    /// Where each known column is in a record.
    let columns: [Column: Int]

    /// The row as far as it could be read; its problems go to `problems`. A row with an error
    /// still takes part in the checks across rows (its id is taken, its `next` ids are checked).
    func read(_ fields: [String], row: Int, problems: inout [CSVImportProblem]) -> ImportedRow {
        var errors: [String] = []
        func cell(_ column: Column) -> String {
            guard let index = columns[column], fields.indices.contains(index) else { return "" }
            return CSVText.unguarded(fields[index])
        }
        func trimmed(_ column: Column) -> String { cell(column).trimmingCharacters(in: .whitespaces) }

        let id = trimmed(.id)
        if id.isEmpty { errors.append("the id is empty") } else if !Self.isIdentifier(id) { errors.append(Self.badName(id, in: .id)) }
        var phase = trimmed(.phase)
        if phase.isEmpty {
            errors.append("the phase is empty; write a phase such as 'generation', or 'repository'")
        } else if let known = (Framework.defaultPhases + [ActivityTable.repositoryPhase]).first(where: { $0.caseInsensitiveCompare(phase) == .orderedSame }) {
            phase = known
        } else if !Self.isIdentifier(phase) {
            errors.append(Self.badName(phase, in: .phase))
        }
        var label = cell(.label)
        if label.unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" }) {
            label = label.split(whereSeparator: \.isNewline).joined(separator: " ")
            problems.append(CSVImportProblem(row: row, severity: .warning, message: "the label spans several lines; they are joined with spaces"))
        }
        if label.trimmingCharacters(in: .whitespaces).isEmpty { errors.append("the label is empty") }
        let by = names(cell(.by), in: .by, errors: &errors)
        let audience = names(cell(.for), in: .for, errors: &errors)
        let next = names(cell(.next), in: .next, errors: &errors)
        let cadenceText = trimmed(.cadence)
        let cadence = cadenceText.isEmpty ? nil : Self.cadence(cadenceText)
        if !cadenceText.isEmpty && cadence == nil {
            errors.append("cadence '\(cadenceText)' is not a cadence; write e.g. 'week', '3 weeks' or 'monthly'")
        }
        let technique = trimmed(.technique)
        if !technique.isEmpty && !Self.isIdentifier(technique) { errors.append(Self.badName(technique, in: .technique)) }
        let status = choice(trimmed(.status), in: .status, ActivityStatus.self, errors: &errors) ?? .existing
        let routine = choice(trimmed(.routine), in: .routine, Routine.self, errors: &errors)
        let action = choice(trimmed(.action), in: .action, ApplicationAction.self, errors: &errors)

        if phase == ActivityTable.repositoryPhase {
            if by.count > 1 { errors.append("a repository has one owner, but 'by' names \(by.count)") }
            let activityOnly: [Column] = [.for, .cadence, .technique, .routine, .action]
            for column in activityOnly where !trimmed(column).isEmpty {
                errors.append("a repository has no '\(column.rawValue)'; leave the cell empty or make the row an activity")
            }
            if status == .planned { errors.append("a repository has no 'status'; leave the cell empty or make the row an activity") }
        }
        problems += errors.map { CSVImportProblem(row: row, severity: .error, message: $0) }
        return ImportedRow(
            row: row, id: id, phase: phase, label: label, by: by, audience: audience, cadence: cadence,
            technique: technique.isEmpty ? nil : technique, status: status, routine: routine, action: action, next: next
        )
    }

    /// Ids separated by commas, semicolons or spaces; repeats are kept once.
    private func names(_ text: String, in column: Column, errors: inout [String]) -> [String] {
        var result: [String] = []
        for part in text.split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace }) {
            let name = String(part)
            if !Self.isIdentifier(name) {
                errors.append(Self.badName(name, in: column))
            } else if !result.contains(name) {
                result.append(name)
            }
        }
        return result
    }

    /// A value of a fixed vocabulary, case-insensitively; nil for an empty cell.
    private func choice<Value: RawRepresentable & CaseIterable>(
        _ text: String, in column: Column, _ type: Value.Type, errors: inout [String]
    ) -> Value? where Value.RawValue == String {
        guard !text.isEmpty else { return nil }
        if let value = Value(rawValue: text.lowercased()) { return value }
        let allowed = Value.allCases.map { "'\($0.rawValue)'" }.joined(separator: ", ")
        errors.append("\(column.rawValue) '\(text)' is not one of \(allowed)")
        return nil
    }

    private static func badName(_ name: String, in column: Column) -> String {
        "\(column.rawValue) '\(name)' is not a valid id: ids use letters, digits, '_' and '-', and start with a letter or '_'"
    }

    /// Whether `name` is an identifier of the language: `[A-Za-z_][A-Za-z0-9_-]*`.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.utf8.first, first == UInt8(ascii: "_") || first.isASCIILetter else { return false }
        return name.utf8.allSatisfy { $0.isASCIILetter || (0x30...0x39).contains($0) || $0 == UInt8(ascii: "_") || $0 == UInt8(ascii: "-") }
    }

    /// `week`, `3 weeks`, `every 2 months`, or a word such as `monthly`.
    static func cadence(_ text: String) -> Cadence? {
        var words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        if words.first == "every" { words.removeFirst() }
        if words.count == 1, let unit = adverbs[words[0]] ?? Cadence.Unit(spelling: words[0]) { return Cadence(unit: unit) }
        guard words.count == 2, let count = Int(words[0]), (1...maximumCadenceCount).contains(count),
              let unit = Cadence.Unit(spelling: words[1]) else { return nil }
        return Cadence(count: count, unit: unit)
    }

    /// The largest count accepted in a cadence.
    static let maximumCadenceCount = 10_000

    private static let adverbs: [String: Cadence.Unit] = [
        "daily": .day, "weekly": .week, "fortnightly": .fortnight, "monthly": .month, "quarterly": .quarter,
        "half-yearly": .halfYear, "yearly": .year, "annually": .year,
    ]
}

private extension UInt8 {
    var isASCIILetter: Bool { (0x41...0x5A).contains(self) || (0x61...0x7A).contains(self) }
}
