import KMapAnalysis
import KMapLanguage

/// The analysis as terminal text: every finding as a diagnostic with its source excerpt, notes and
/// remedy (`help:`), then configuration problems, then the summary line
/// (`waves complete 3/5 · 1 error, 4 warnings, 2 info`).
public enum FindingsTextReporter {
    public static func report(_ result: AnalysisResult, useColor: Bool = false) -> String {
        let source = result.map.source
        var blocks = result.findings.map { finding in
            DiagnosticRenderer.render(finding.asDiagnostic(), in: source, useColor: useColor, showID: true)
                + help(useColor) + " " + finding.remedy + "\n"
        }
        blocks += result.configurationDiagnostics.map {
            DiagnosticRenderer.render($0, in: source, useColor: useColor, showID: true)
        }
        if let projectSource = result.projectSource {
            blocks += result.projectDiagnostics.map {
                DiagnosticRenderer.render($0, in: projectSource, useColor: useColor, showID: true)
            }
        }
        var summary = result.summary.line
        if result.summary.suppressed > 0 { summary += " · \(result.summary.suppressed) suppressed" }
        blocks.append(summary + "\n")
        return blocks.joined(separator: "\n")
    }

    private static func help(_ useColor: Bool) -> String {
        useColor ? "\u{1B}[1;32mhelp:\u{1B}[0m" : "help:"
    }
}
