import ArgumentParser

/// kmap's exit statuses, as documented in the README.
enum ExitStatus {
    /// Everything went well and no finding reached `--fail-on`.
    static let success = ExitCode(0)
    /// Findings at or above `--fail-on` (or, for `fmt --check`, files that would change).
    static let findings = ExitCode(1)
    /// The input is invalid or the command was misused.
    static let invalidInput = ExitCode(2)
    /// kmap itself failed: a bug or an environment problem (out of disk, Graphviz failing).
    static let internalError = ExitCode(3)
}

/// An error the user can act on: printed as `kmap: error: message`, exit status 2 unless stated.
struct UserError: Error, CustomStringConvertible {
    var message: String
    var status: ExitCode = ExitStatus.invalidInput

    init(_ message: String, status: ExitCode = ExitStatus.invalidInput) {
        self.message = message
        self.status = status
    }

    var description: String { message }
}

/// A failure inside kmap or its environment: printed as `kmap: internal error: ...`, exit status 3.
struct InternalError: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
