import KMapLanguage

/// When a run fails: at findings of a severity or above (`error`, `warning`, `info`), or never.
/// Written the same way in `.kmap.yml` (`fail_on: never`) and on the command line
/// (`--fail-on never`).
public enum FailOn: String, CaseIterable, Hashable, Sendable {
    case error, warning, info, never

    /// The lowest severity that fails a run, or nil for `never`.
    public var severity: Severity? { Severity(rawValue: rawValue) }

    /// True when a finding of `severity` fails the run.
    public func isReached(by severity: Severity) -> Bool {
        self.severity.map { severity >= $0 } ?? false
    }

    /// The accepted words, for messages: `error, warning, info or never`.
    public static let spelled = allCases.dropLast().map(\.rawValue).joined(separator: ", ") + " or " + allCases.last!.rawValue
}
