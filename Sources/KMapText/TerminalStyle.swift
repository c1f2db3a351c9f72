/// The one ANSI colour style of every text writer (diagnostics, findings, diff, trend); a no-op
/// when colour is off (the caller decides from the terminal and `NO_COLOR`).
public struct TerminalStyle: Sendable {
    /// The styles kmap prints with, as their SGR codes.
    public enum Tone: String, Sendable {
        case bold = "1"
        case boldRed = "1;31"
        case boldYellow = "1;33"
        case boldCyan = "1;36"
        case boldGreen = "1;32"
        case blue = "34"
        case green = "32"
        case red = "31"
        case cyan = "36"
        case yellow = "33"
    }

    /// The escape that ends any tone.
    public static let reset = "\u{1B}[0m"

    /// Whether escapes are written.
    public let enabled: Bool

    public init(enabled: Bool) {
        self.enabled = enabled
    }

    /// The escape that starts `tone`, or nothing when colour is off.
    public func start(_ tone: Tone) -> String {
        enabled ? "\u{1B}[\(tone.rawValue)m" : ""
    }

    /// `text` in `tone`.
    public func apply(_ tone: Tone, _ text: String) -> String {
        enabled ? start(tone) + text + Self.reset : text
    }
}

/// Text for a terminal or a plain-text table.
public enum TerminalText {
    /// `text` with nothing that could move the cursor or change colours (``PlainText/clean(_:)``).
    public static func plain(_ text: String) -> String { PlainText.clean(text) }
}
