/// What the single activity CSV (`kmap export --format csv`) cannot carry of a map, so its
/// export can say so: the table holds id, phase, label, by, for, cadence, technique, status,
/// routine, action and next, and nothing else.
public enum ActivityTableLosses {
    /// One phrase per kind of content the table drops, with how many of it the map has
    /// (`3 stakeholder labels`); empty when the table holds the whole map.
    public static func of(_ workbook: Workbook) -> [String] {
        var losses: [String] = []
        func count(_ sheet: String, _ column: String, _ what: String, where keep: (Sheet, Sheet.Row, String) -> Bool = { _, _, cell in !cell.isEmpty }) {
            guard let sheet = workbook.sheet(named: sheet), let index = sheet.column(column) else { return }
            let found = sheet.rows.count { keep(sheet, $0, $0[index]) }
            if found > 0 { losses.append("\(found) \(what)") }
        }
        count(SheetLayout.map, "field", "map header lines (title, goal, standards, phases, rules)")
        count(SheetLayout.groups, "id", "group labels")
        count(SheetLayout.stakeholders, "label", "stakeholder labels") { sheet, row, label in
            label != sheet.column("id").map { row[$0] }
        }
        for flag in ["broker", "external", "group", "heard", "informed"] {
            count(SheetLayout.stakeholders, flag, "stakeholder \(flag) \(flag == "group" ? "memberships" : "flags")")
        }
        count(SheetLayout.waves, "id", "wave blocks")
        for column in ["indicator", "note", "also"] {
            count(SheetLayout.activities, column, "activity \(column == "also" ? "also-phases" : column + "s")")
        }
        count(SheetLayout.flows, "label", "flow labels")
        count(SheetLayout.comments, "text", "comments")
        for sheet in [SheetLayout.stakeholders, SheetLayout.repositories, SheetLayout.activities, SheetLayout.flows] {
            count(sheet, "comment", "comments at the end of \(sheet) lines")
        }
        return losses
    }
}
