import KMapText

/// Writes a ``Trend`` as a table: aligned text, Markdown or CSV. One row per version; columns
/// are the version (with date and commit subject for git history), waves complete of total,
/// findings by severity, and activities per phase. A trend with evidence adds a second table
/// after an empty line, one row per calendar period (``EvidenceSeriesTable``).
public enum TrendTableWriter {
    /// Columns aligned with spaces, numbers right-aligned.
    public static func text(_ trend: Trend) -> String {
        var out = aligned([header(trend)] + trend.points.map { cells($0, trend: trend) }, numericFrom: numericColumns(trend))
        if let series = trend.evidence {
            out += "\n" + TerminalText.plain(EvidenceSeriesTable.title(series)) + "\n"
            out += aligned([EvidenceSeriesTable.header(series)] + series.periods.map { EvidenceSeriesTable.cells($0, in: series) }, numericFrom: 1)
        }
        return out
    }

    /// A Markdown table, user text escaped.
    public static func markdown(_ trend: Trend) -> String {
        var out = markdownTable([header(trend)] + trend.points.map { cells($0, trend: trend) }, numericFrom: numericColumns(trend))
        if let series = trend.evidence {
            out += "\n" + MarkdownText.inline(EvidenceSeriesTable.title(series)) + "\n\n"
            out += markdownTable([EvidenceSeriesTable.header(series)] + series.periods.map { EvidenceSeriesTable.cells($0, in: series) }, numericFrom: 1)
        }
        return out
    }

    /// RFC 4180 CSV with a header row; waves complete and total in separate columns. The
    /// evidence table, when there is one, follows after an empty line with its own header row.
    public static func csv(_ trend: Trend) -> String {
        var header = ["version"]
        if trend.hasCommits { header += ["date", "subject"] }
        header += ["waves_complete", "waves_total", "errors", "warnings", "info"] + trend.phases
        var rows = [header]
        for point in trend.points {
            var row = [point.version]
            if trend.hasCommits { row += [point.date ?? "", point.subject ?? ""] }
            row += [point.completeWaves, point.totalWaves, point.errors, point.warnings, point.infos].map(String.init)
            rows.append(row + trend.phases.map { String(point.activitiesByPhase[$0] ?? 0) })
        }
        var out = csvLines(rows)
        if let series = trend.evidence {
            out += "\r\n" + csvLines([EvidenceSeriesTable.csvHeader(series)] + series.periods.map { EvidenceSeriesTable.csvCells($0, in: series) })
        }
        return out
    }

    /// Rows of cells aligned in columns two spaces apart; columns from `numericFrom` on are
    /// right-aligned.
    private static func aligned(_ rows: [[String]], numericFrom numeric: Int) -> String {
        let rows = rows.map { $0.map(TerminalText.plain) }
        var widths = Array(repeating: 0, count: rows.map(\.count).max() ?? 0)
        for row in rows {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
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

    /// A header row and its body as a Markdown table, columns from `numericFrom` on right-aligned.
    private static func markdownTable(_ rows: [[String]], numericFrom numeric: Int) -> String {
        guard let header = rows.first else { return "" }
        var out = "| " + header.joined(separator: " | ") + " |\n"
        out += "|" + header.indices.map { $0 >= numeric ? "---:" : "---" }.joined(separator: "|") + "|\n"
        for row in rows.dropFirst() {
            out += "| " + row.map(MarkdownText.inline).joined(separator: " | ") + " |\n"
        }
        return out
    }

    private static func csvLines(_ rows: [[String]]) -> String {
        rows.map { $0.map(CSVText.cell).joined(separator: ",") + "\r\n" }.joined()
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
