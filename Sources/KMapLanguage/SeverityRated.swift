/// Anything reported with a ``Severity``: a diagnostic, a finding, a problem with an imported
/// table or workbook. Lets every list of them answer ``Swift/Sequence/hasErrors`` the same way.
public protocol SeverityRated {
    var severity: Severity { get }
}

extension Diagnostic: SeverityRated {}

extension Sequence where Element: SeverityRated {
    /// Whether any element is an error. The one definition of "this input is invalid": a parse,
    /// a resolution, a whole pipeline run and every import ask it of their diagnostics or problems.
    public var hasErrors: Bool { contains { $0.severity == .error } }
}
