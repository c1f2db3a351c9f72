import Foundation
import KMapLanguage
import KMapModel

/// Finds the known columns in an imported table's header row.
enum TableHeader {
    /// Header names accepted for a column besides its own name.
    static let aliases: [String: ActivityTable.Column] = ["next ids": .next]

    /// Where each known column is, or nil when a required column is missing or one is named twice.
    /// Columns kmap does not know are reported as not imported.
    static func columns(of header: [String], problems: inout [CSVImportProblem]) -> [ActivityTable.Column: Int]? {
        var columns: [ActivityTable.Column: Int] = [:]
        var ignored: [String] = []
        var isValid = true
        for (index, cell) in header.enumerated() {
            let name = cell.trimmingCharacters(in: CharacterSet.whitespaces.union(["\u{FEFF}"]))
            let key = name.lowercased()
            guard let column = ActivityTable.Column(rawValue: key) ?? aliases[key] else {
                if !name.isEmpty { ignored.append("'\(name)'") }
                continue
            }
            if columns[column] != nil {
                problems.append(CSVImportProblem(row: 1, severity: .error, message: "the column '\(column.rawValue)' is named twice"))
                isValid = false
            }
            columns[column] = index
        }
        let missing = [ActivityTable.Column.id, .phase, .label].filter { columns[$0] == nil }
        if !missing.isEmpty {
            let names = missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")
            problems.append(CSVImportProblem(row: 1, severity: .error, message: "the header has no \(names) column; the header row must name the columns id, phase and label"))
            isValid = false
        }
        if !ignored.isEmpty {
            let known = ActivityTable.Column.allCases.map(\.rawValue).joined(separator: ", ")
            let what = ignored.count == 1 ? "the column \(ignored[0]) is" : "the columns \(ignored.joined(separator: ", ")) are"
            problems.append(CSVImportProblem(row: 1, severity: .warning, message: "\(what) not imported (kmap reads: \(known))"))
        }
        return isValid ? columns : nil
    }
}

/// Checks that concern several rows: unique ids, stakeholder names that clash with row ids, and
/// `next` ids that name a row.
struct TableCheck {
    let rows: [ImportedRow]
    private(set) var problems: [CSVImportProblem] = []
    /// The phases in the order activity rows first use them, when they are not the default ones.
    private(set) var customPhases: [String]?

    init(rows: [ImportedRow]) {
        self.rows = rows
    }

    mutating func check() {
        var rowOfID: [String: Int] = [:]
        for row in rows where !row.id.isEmpty {
            if let first = rowOfID[row.id] {
                report(row.row, "the id '\(row.id)' is already the id of row \(first)")
            } else {
                rowOfID[row.id] = row.row
            }
        }
        for row in rows {
            for (column, names) in [("by", row.by), ("for", row.audience)] {
                for name in names {
                    if let other = rowOfID[name] {
                        report(row.row, "'\(name)' in '\(column)' is also the id of row \(other); stakeholders, activities and repositories need different ids")
                    }
                }
            }
            for target in row.next {
                if target == row.id {
                    report(row.row, "'next' names the row itself; a flow from a node to itself is not allowed")
                } else if rowOfID[target] == nil {
                    report(row.row, "'next' names '\(target)', which is not the id of any row")
                }
            }
        }
        var phases: [String] = []
        var seen: Set<String> = []
        for row in rows where !row.isRepository && seen.insert(row.phase).inserted { phases.append(row.phase) }
        customPhases = phases.allSatisfy(Framework.defaultPhases.contains) ? nil : phases
        if customPhases != nil, phases.contains(where: Framework.defaultPhases.contains) {
            // A table that uses kmap's phases is in the default framework: another phase name is a
            // typo, not a custom framework.
            customPhases = nil
            for row in rows where !row.isRepository && !Framework.defaultPhases.contains(row.phase) {
                let hint = Suggestions.didYouMean(Suggestions.closest(to: row.phase, among: Framework.defaultPhases)).map { "; \($0)" } ?? ""
                report(row.row, "'\(row.phase)' is not one of kmap's phases (\(Framework.defaultPhases.joined(separator: ", ")))\(hint)")
            }
        }
        if let custom = customPhases, custom.count < 2, let row = rows.first(where: { !$0.isRepository }) {
            report(row.row, "'\(row.phase)' is not one of kmap's phases (\(Framework.defaultPhases.joined(separator: ", "))), "
                + "and a map's own phases need at least two distinct ones")
        }
    }

    private mutating func report(_ row: Int, _ message: String) {
        problems.append(CSVImportProblem(row: row, severity: .error, message: message))
    }
}
