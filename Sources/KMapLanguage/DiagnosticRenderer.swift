import KMapText

/// Prints diagnostics for people: a `path:line:col: error: message` header, the source line with
/// the range underlined, then notes and the suggested fix.
///
/// ```
/// map.kmap:3:3: error: unknown attribute 'techniqe'; did you mean 'technique'?
///    3 |   techniqe peer-assist
///      |   ^~~~~~~~
/// help: replace 'techniqe' with 'technique'
/// ```
///
/// Columns count characters; tabs expand to the next multiple of ``tabWidth`` in both the
/// excerpt and the underline, so they stay aligned.
public enum DiagnosticRenderer {
    /// Tab stops used when showing source lines.
    public static let tabWidth = 4

    /// The most diagnostics of one file printed for people; the rest are counted in one line (a
    /// file with 200,000 mistakes prints kilobytes, not 20 MB; JSON output still lists them all).
    public static let shownLimit = 200

    /// Renders several diagnostics of one file, separated by blank lines: the first `limit`, then
    /// a line that counts the others.
    public static func render(_ diagnostics: [Diagnostic], in source: SourceFile, useColor: Bool = false, showID: Bool = false,
                              limit: Int = shownLimit) -> String {
        let shown = diagnostics.prefix(limit).map { render($0, in: source, useColor: useColor, showID: showID) }.joined(separator: "\n")
        let hidden = diagnostics.count - min(limit, diagnostics.count)
        guard hidden > 0 else { return shown }
        let errors = diagnostics.dropFirst(limit).count { $0.severity == .error }
        return shown + "\n\(source.path): \(hidden) more problem\(hidden == 1 ? "" : "s") not shown (\(errors) error\(errors == 1 ? "" : "s"));"
            + " fix the ones above first, or list every one with --diagnostics-format json\n"
    }

    /// Renders one diagnostic, ending with a line break.
    ///
    /// - Parameters:
    ///   - useColor: emit ANSI colours (the caller decides from the terminal and `NO_COLOR`).
    ///   - showID: write the severity as `error[E008 unknown-keyword]`, the form used for
    ///     analysis findings such as `warning[KM012 no-broker]`.
    public static func render(_ diagnostic: Diagnostic, in source: SourceFile, useColor: Bool = false, showID: Bool = false) -> String {
        let style = TerminalStyle(enabled: useColor)
        // Appended piece by piece into one string sized for the usual diagnostic, not joined pair by pair.
        var output = ""
        output.reserveCapacity(diagnostic.message.utf8.count + 256)
        let label = severityLabel(diagnostic.severity) + (showID ? "[\(diagnostic.id.code) \(diagnostic.id.slug)]" : "")
        output += header(at: diagnostic.range, in: source, style: style)
        output += style.apply(severityColor(diagnostic.severity), label + ":")
        output += " "
        output += style.apply(.bold, diagnostic.message)
        output += "\n"
        func digits(_ range: SourceRange) -> Int { String(source.line(of: min(range.start, source.bytes.count))).count }
        let gutterWidth = diagnostic.notes.reduce(digits(diagnostic.range)) { widest, note in
            note.range.map { max(widest, digits($0)) } ?? widest
        }
        let layout = Layout(source: source, style: style, gutterWidth: gutterWidth)
        output += layout.excerpt(diagnostic.range, color: severityColor(diagnostic.severity))
        for note in diagnostic.notes {
            if let range = note.range {
                output += header(at: range, in: source, style: style) + style.apply(.boldCyan, "note:") + " " + note.message + "\n"
                output += layout.excerpt(range, color: .boldCyan)
            } else {
                output += style.apply(.boldCyan, "note:") + " " + note.message + "\n"
            }
        }
        if let fixIt = diagnostic.fixIt {
            output += style.apply(.boldGreen, "help:") + " " + fixIt.message + "\n"
        }
        return output
    }

    /// The word printed for a severity: infos print as notes.
    public static func severityLabel(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "info"
        }
    }

    private static func severityColor(_ severity: Severity) -> TerminalStyle.Tone {
        switch severity {
        case .error: .boldRed
        case .warning: .boldYellow
        case .info: .boldCyan
        }
    }

    /// `path:line:col: ` in bold, or only `path: ` when the file has no text to point into.
    private static func header(at range: SourceRange, in source: SourceFile, style: TerminalStyle) -> String {
        guard !source.bytes.isEmpty else { return style.apply(.bold, source.path + ":") + " " }
        let location = source.location(of: range.start)
        return style.apply(.bold, "\(source.path):\(location.line):\(location.column):") + " "
    }
}

/// Draws source excerpts with a line-number gutter of one width for a whole diagnostic.
struct Layout {
    /// Longest stretch of a line shown, in bytes; a longer line is shown as a window around the
    /// range, marked with `…` where it was cut, so output stays small whatever the line length.
    static let maximumExcerptBytes = 240
    /// Bytes kept before the range when a long line is cut.
    static let contextBytes = 60

    let source: SourceFile
    let style: TerminalStyle
    let gutterWidth: Int

    /// The source line holding `range.start` and an underline below the range (to the end of
    /// that line when the range spans several). Empty when the line has no text to show.
    func excerpt(_ range: SourceRange, color: TerminalStyle.Tone) -> String {
        guard !source.bytes.isEmpty else { return "" }
        let lineNumber = source.line(of: min(range.start, source.bytes.count))
        let line = source.lineRange(lineNumber)
        guard !line.isEmpty else { return "" }
        let start = min(max(range.start, line.lowerBound), line.upperBound)
        let end = min(max(range.end, start), line.upperBound)
        let window = shownWindow(of: line, around: start)
        var shown = window.lowerBound > line.lowerBound ? "…" : ""
        var underlineStart = shown.count
        var underlineEnd = shown.count
        var width = shown.count
        if isPlainASCII(window) {
            // One column per byte: no character or display-width lookup (most lines of a map).
            let startColumn = max(window.lowerBound, start) - window.lowerBound + 1
            let endColumn = min(max(window.lowerBound, end), window.upperBound) - window.lowerBound + 1
            if !source.bytes[window].contains(.tab) {
                // Nothing to expand: the line is shown as it is and the columns are offsets.
                shown += String(decoding: source.bytes[window], as: UTF8.self)
                return finishExcerpt(shown, lineNumber: lineNumber, cut: window.upperBound < line.upperBound,
                                     underline: (width + min(startColumn - 1, window.count), width + min(endColumn - 1, window.count)),
                                     color: color)
            }
            var expanded: [UInt8] = []
            expanded.reserveCapacity(window.count)
            for (index, byte) in source.bytes[window].enumerated() {
                if index == startColumn - 1 { underlineStart = width }
                if index == endColumn - 1 { underlineEnd = width }
                if byte == .tab {
                    let spaces = DiagnosticRenderer.tabWidth - width % DiagnosticRenderer.tabWidth
                    expanded.append(contentsOf: repeatElement(.space, count: spaces))
                    width += spaces
                } else {
                    expanded.append(byte)
                    width += 1
                }
            }
            if startColumn - 1 >= window.count { underlineStart = width }
            if endColumn - 1 >= window.count { underlineEnd = width }
            shown += String(decoding: expanded, as: UTF8.self)
            return finishExcerpt(shown, lineNumber: lineNumber, cut: window.upperBound < line.upperBound,
                                 underline: (underlineStart, underlineEnd), color: color)
        }
        let characters = Array(String(decoding: source.bytes[window], as: UTF8.self))
        let startColumn = String(decoding: source.bytes[window.lowerBound..<max(window.lowerBound, start)], as: UTF8.self).count + 1
        let endColumn = String(decoding: source.bytes[window.lowerBound..<min(max(window.lowerBound, end), window.upperBound)], as: UTF8.self).count + 1
        for (index, character) in characters.enumerated() {
            if index == startColumn - 1 { underlineStart = width }
            if index == endColumn - 1 { underlineEnd = width }
            if character == "\t" {
                let spaces = DiagnosticRenderer.tabWidth - width % DiagnosticRenderer.tabWidth
                shown += String(repeating: " ", count: spaces)
                width += spaces
            } else {
                shown.append(character.isControl ? "\u{FFFD}" : character)
                width += character.isControl ? 1 : DisplayWidth.columns(of: character)
            }
        }
        if startColumn - 1 >= characters.count { underlineStart = width }
        if endColumn - 1 >= characters.count { underlineEnd = width }
        return finishExcerpt(shown, lineNumber: lineNumber, cut: window.upperBound < line.upperBound,
                             underline: (underlineStart, underlineEnd), color: color)
    }

    /// Whether every byte of `window` is a printable ASCII character or a tab: one column each.
    private func isPlainASCII(_ window: Range<Int>) -> Bool {
        source.bytes[window].allSatisfy { $0 == .tab || ($0 >= 0x20 && $0 < 0x7F) }
    }

    /// The excerpt's two lines: the gutter and the shown text (`…` appended when `cut`), then the
    /// underline from `underline.start` to `underline.end` (display columns, at least one).
    private func finishExcerpt(_ shown: String, lineNumber: Int, cut: Bool, underline columns: (start: Int, end: Int),
                               color: TerminalStyle.Tone) -> String {
        let (underlineStart, underlineEnd) = columns
        let underlineWidth = max(1, underlineEnd - underlineStart)
        let underline = "^" + Self.repeating(UInt8(ascii: "~"), underlineWidth - 1)
        let number = String(lineNumber)
        let padding = Self.repeating(.space, max(0, gutterWidth - number.count))
        let gutter = "  " + Self.repeating(.space, gutterWidth) + " |"
        // Appended into one string sized once, not joined pair by pair.
        var excerpt = ""
        excerpt.reserveCapacity(shown.utf8.count + 2 * gutterWidth + underlineStart + underlineWidth + 40)
        excerpt += style.apply(.blue, "  \(padding)\(number) |")
        excerpt += " "
        excerpt += shown
        if cut { excerpt += "…" }
        excerpt += "\n"
        excerpt += style.apply(.blue, gutter)
        excerpt += " "
        excerpt += Self.repeating(.space, underlineStart)
        excerpt += style.apply(color, underline)
        excerpt += "\n"
        return excerpt
    }

    /// `count` copies of an ASCII byte, as text (`String(repeating:count:)` appends string by string).
    private static func repeating(_ byte: UInt8, _ count: Int) -> String {
        String(decoding: [UInt8](repeating: byte, count: max(0, count)), as: UTF8.self)
    }

    /// The whole line when it is short; otherwise at most ``maximumExcerptBytes`` of it, starting
    /// ``contextBytes`` before `offset`, both ends moved onto the start of a UTF-8 sequence.
    private func shownWindow(of line: Range<Int>, around offset: Int) -> Range<Int> {
        guard line.count > Self.maximumExcerptBytes else { return line }
        let bytes = source.bytes
        func scalarStart(_ position: Int) -> Int {
            var position = position
            while position < line.upperBound, bytes[position] & 0xC0 == 0x80 { position += 1 }
            return position
        }
        let lower = scalarStart(max(line.lowerBound, min(offset - Self.contextBytes, line.upperBound - Self.maximumExcerptBytes)))
        let upper = scalarStart(min(line.upperBound, lower + Self.maximumExcerptBytes))
        return lower..<upper
    }
}

extension Character {
    /// C0 and C1 control characters and DEL (never printed raw to a terminal).
    var isControl: Bool {
        unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
    }
}
