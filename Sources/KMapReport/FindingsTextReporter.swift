import KMapAnalysis
import KMapText
import KMapLanguage

/// The analysis as terminal text: every finding as a diagnostic with its source excerpt, notes and
/// remedy (`help:`), then configuration problems, then the summary line
/// (`waves complete 3/5 · 1 error, 4 warnings, 2 info`).
public enum FindingsTextReporter {
    public static func report(_ result: AnalysisResult, useColor: Bool = false) -> String {
        var text = ""
        write(result, useColor: useColor, to: &text)
        return text
    }

    /// Writes the same text as ``report(_:useColor:)`` to `output` one finding at a time, so that
    /// the report of a large map is never held whole in memory.
    public static func write(_ result: AnalysisResult, useColor: Bool = false, to output: inout some TextOutputStream) {
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
        var summary = result.summary.line
        if result.summary.suppressed > 0 { summary += " · \(result.summary.suppressed) suppressed" }
        block(summary + "\n")
    }

    private static func help(_ useColor: Bool) -> String {
        TerminalStyle(enabled: useColor).apply(.boldGreen, "help:")
    }
}
