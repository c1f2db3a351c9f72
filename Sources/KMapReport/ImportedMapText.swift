import KMapModel
import KMapText

/// Writes imported rows as `.kmap` text, remembering which row each line came from so that
/// problems the parser and resolver find can be reported against the table.
struct ImportedMapText {
    /// The text, one statement per line.
    private(set) var lines: [String] = []
    /// The table row each line came from (nil for lines of no single row).
    private(set) var rows: [Int?] = []

    /// Builds the map: a header, a stakeholder for every name in `by` and `for`, the
    /// repositories, the activities, then one flow per `next` id.
    /// - Parameter phases: the custom framework's phases, or nil for the default framework.
    init(title: String, source: String, tableRows: [ImportedRow], phases: [String]?) {
        append("# Imported from \(Self.commentText(source)) by kmap import.", row: nil)
        if let phases {
            append("map \(Self.quoted(title)) {", row: nil)
            append("  phases \(phases.joined(separator: ", "))", row: nil)
            append("}", row: nil)
        } else {
            append("map \(Self.quoted(title))", row: nil)
        }
        append("", row: nil)
        var declared: Set<String> = []
        for tableRow in tableRows {
            for name in tableRow.by + tableRow.audience where declared.insert(name).inserted {
                append("stakeholder \(name) \(Self.quoted(name))", row: tableRow.row)
            }
        }
        append("", row: nil)
        for tableRow in tableRows where tableRow.isRepository {
            let owner = tableRow.by.first.map { " owner \($0)" } ?? ""
            append("repository \(tableRow.id) \(Self.quoted(tableRow.label))\(owner)", row: tableRow.row)
        }
        append("", row: nil)
        for tableRow in tableRows where !tableRow.isRepository {
            append(Self.activity(tableRow, customFramework: phases != nil), row: tableRow.row)
        }
        append("", row: nil)
        for tableRow in tableRows {
            for target in tableRow.next { append("\(tableRow.id) -> \(target)", row: tableRow.row) }
        }
    }

    /// The whole text.
    var text: String { lines.joined(separator: "\n") + "\n" }

    private mutating func append(_ line: String, row: Int?) {
        lines.append(line)
        rows.append(row)
    }

    private static func activity(_ row: ImportedRow, customFramework: Bool) -> String {
        var line = customFramework
            ? "activity \(row.id) \(quoted(row.label)) phase \(row.phase)"
            : "\(row.phase) \(row.id) \(quoted(row.label))"
        if !row.by.isEmpty { line += " by " + row.by.joined(separator: ", ") }
        if !row.audience.isEmpty { line += " for " + row.audience.joined(separator: ", ") }
        if let cadence = row.cadence { line += " every " + cadence.syntax }
        if let technique = row.technique { line += " technique " + technique }
        if let routine = row.routine { line += " routine " + routine.rawValue }
        if let action = row.action { line += " action " + action.rawValue }
        if row.status != .existing { line += " status " + row.status.rawValue }
        return line
    }

    /// A string literal of the language (see ``MapSourceText``).
    static func quoted(_ text: String) -> String { MapSourceText.quoted(text) }

    /// Text safe inside a comment: on one line.
    private static func commentText(_ text: String) -> String {
        String(text.unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
    }
}
