import Foundation

/// Where output goes and whether it may be coloured.
enum Terminal {
    /// Whether ANSI colour should be used on standard error, honouring `--color` and `NO_COLOR`.
    static func useColor(_ choice: ColorChoice, fileDescriptor: Int32 = STDERR_FILENO) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty { return false }
            return isatty(fileDescriptor) == 1
        }
    }

    /// Writes to standard error.
    static func printError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Writes to standard output without buffering surprises.
    static func printOut(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

/// `--color auto|always|never`.
enum ColorChoice: String, CaseIterable, Sendable {
    case auto, always, never
}
