import KMapText

/// Writes a ``Trend`` as a table: aligned text, Markdown or CSV. One row per version; columns
/// are the version (with date and commit subject for git history), waves complete of total,
/// findings by severity, and activities per phase.
public enum TrendTableWriter {
    /// Columns aligned with spaces, numbers right-aligned.
    public static func text(_ trend: Trend) -> String {
        let rows = [header(trend)] + trend.points.map { cells($0, trend: trend) }.map { $0.map(TerminalText.plain) }
        let columns = rows[0].count
        var widths = Array(repeating: 0, count: columns)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        let numeric = numericColumns(trend)
        var out = ""
        for row in rows {
            var line = ""
            for (index, cell) in row.enumerated() {
                let padding = String(repeating: " ", count: widths[index] - cell.count)
                if index > 0 { line += "  " }
                line += index >= numeric ? padding + cell : cell + padding
            }
            out += line.trimmingTrailingSpaces() + "\n"
        }
        return out
    }

    /// A Markdown table, user text escaped.
    public static func markdown(_ trend: Trend) -> String {
        let header = header(trend)
        let numeric = numericColumns(trend)
        var out = "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { $0 >= numeric ? "---:" : "---" }.joined(separator: "|") + "|\n"
        for point in trend.points {
            out += "| " + cells(point, trend: trend).map(MarkdownText.inline).joined(separator: " | ") + " |\n"
        }
        return out
    }

    /// RFC 4180 CSV with a header row; waves complete and total in separate columns.
    public static func csv(_ trend: Trend) -> String {
        var header = ["version"]
        if trend.hasCommits { header += ["date", "subject"] }
        header += ["waves_complete", "waves_total", "errors", "warnings", "info"] + trend.phases
        var out = header.map(CSVText.cell).joined(separator: ",") + "\r\n"
        for point in trend.points {
            var row = [point.version]
            if trend.hasCommits { row += [point.date ?? "", point.subject ?? ""] }
            row += [point.completeWaves, point.totalWaves, point.errors, point.warnings, point.infos].map(String.init)
            row += trend.phases.map { String(point.activitiesByPhase[$0] ?? 0) }
            out += row.map(CSVText.cell).joined(separator: ",") + "\r\n"
        }
        return out
    }

    private static func header(_ trend: Trend) -> [String] {
        var header = ["version"]
        if trend.hasCommits { header += ["date", "subject"] }
        return header + ["waves complete", "errors", "warnings", "info"] + trend.phases
    }

    /// Index of the first numeric column.
    private static func numericColumns(_ trend: Trend) -> Int { trend.hasCommits ? 3 : 1 }

    private static func cells(_ point: TrendPoint, trend: Trend) -> [String] {
        var row = [point.version]
        if trend.hasCommits { row += [point.date ?? "", point.subject ?? ""] }
        row += ["\(point.completeWaves)/\(point.totalWaves)", String(point.errors), String(point.warnings), String(point.infos)]
        return row + trend.phases.map { String(point.activitiesByPhase[$0] ?? 0) }
    }
}
