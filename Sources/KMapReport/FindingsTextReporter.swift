import KMapAnalysis
import KMapText
import KMapLanguage

/// The analysis as terminal text: every finding as a diagnostic with its source excerpt, notes and
/// remedy (`help:`), then configuration problems, then the summary line
/// (`waves complete 3/5 · 1 error, 4 warnings, 2 info`). With several maps, each summary line
/// starts with its file's path and ``totalLine(_:invalidMaps:)`` ends the output.
public enum FindingsTextReporter {
    /// The report of one map; `namingFile` starts the summary line with the map's path.
    public static func report(_ result: AnalysisResult, useColor: Bool = false, namingFile: Bool = false) -> String {
        var text = ""
        write(result, useColor: useColor, namingFile: namingFile, to: &text)
        return text
    }

    /// Writes the same text as ``report(_:useColor:namingFile:)`` to `output` one finding at a
    /// time, so that the report of a large map is never held whole in memory.
    public static func write(
        _ result: AnalysisResult, useColor: Bool = false, namingFile: Bool = false, to output: inout some TextOutputStream
    ) {
        var separator = ""
        func block(_ text: String) {
            output.write(separator)
            output.write(text)
            separator = "\n"
        }
        let source = result.map.source
        for finding in result.findings {
            block(DiagnosticRenderer.render(finding.asDiagnostic(), in: source, useColor: useColor, showID: true)
                + help(useColor) + " " + finding.remedy + "\n")
        }
        for diagnostic in result.configurationDiagnostics {
            block(DiagnosticRenderer.render(diagnostic, in: source, useColor: useColor, showID: true))
        }
        if let projectSource = result.projectSource {
            for diagnostic in result.projectDiagnostics {
                block(DiagnosticRenderer.render(diagnostic, in: projectSource, useColor: useColor, showID: true))
            }
        }
        block((namingFile ? "\(source.path): " : "") + summaryLine(result.summary) + "\n")
    }

    /// The grand total after the reports of several maps:
    /// `total of 3 maps: waves complete 9/12 · 2 errors, 5 warnings · 1 map invalid, not counted`.
    public static func totalLine(_ results: [AnalysisResult], invalidMaps: Int = 0) -> String {
        let maps = results.count + invalidMaps
        var line = "total of \(maps) \(maps == 1 ? "map" : "maps"): " + summaryLine(AnalysisSummary(adding: results.map(\.summary)))
        if invalidMaps > 0 { line += " · \(invalidMaps) \(invalidMaps == 1 ? "map" : "maps") invalid, not counted" }
        return line + "\n"
    }

    private static func summaryLine(_ summary: AnalysisSummary) -> String {
        summary.line + (summary.suppressed > 0 ? " · \(summary.suppressed) suppressed" : "")
    }

    private static func help(_ useColor: Bool) -> String {
        TerminalStyle(enabled: useColor).apply(.boldGreen, "help:")
    }
}
