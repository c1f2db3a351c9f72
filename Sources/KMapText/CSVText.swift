/// Writing CSV cells that open cleanly in a spreadsheet, and reading back what was written.
public enum CSVText {
    /// The first characters that make a spreadsheet read a cell as a formula (or, for tab and
    /// carriage return, that some spreadsheets strip before doing so).
    public static let formulaStarts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]

    /// The character put in front of a cell a spreadsheet would run as a formula.
    public static let guardCharacter: Unicode.Scalar = "'"

    /// `text` made inert for spreadsheets: a cell starting with `= + - @`, tab or carriage return
    /// gets a leading `'`. A cell starting with `'` followed by such a character (or another `'`)
    /// gets one too, so ``unguarded(_:)`` can always undo it exactly.
    public static func guarded(_ text: String) -> String {
        needsGuard(text) ? String(guardCharacter) + text : text
    }

    /// Removes the `'` that ``guarded(_:)`` added: `'=SUM(A1)` reads back as `=SUM(A1)`.
    public static func unguarded(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard scalars.first == guardCharacter else { return text }
        let rest = String(scalars.dropFirst())
        return needsGuard(rest) || rest.unicodeScalars.first == guardCharacter ? rest : text
    }

    private static func needsGuard(_ text: String) -> Bool {
        guard let first = text.unicodeScalars.first else { return false }
        if formulaStarts.contains(first) { return true }
        guard first == guardCharacter, let second = text.unicodeScalars.dropFirst().first else { return false }
        return formulaStarts.contains(second) || second == guardCharacter
    }

    /// A cell as RFC 4180 writes it: quoted, with quotes doubled, when it holds a comma, a quote,
    /// a line break, or leading or trailing spaces.
    public static func quoted(_ cell: String) -> String {
        let needsQuotes = cell.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            || cell.hasPrefix(" ") || cell.hasSuffix(" ")
        guard needsQuotes else { return cell }
        return "\"" + doubling("\"", in: cell) + "\""
    }

    /// One cell as every CSV output writes it: cleaned (``PlainText/clean(_:)``, so no escape
    /// or control character reaches a spreadsheet), guarded, and quoted.
    public static func cell(_ text: String) -> String {
        quoted(guarded(PlainText.clean(text)))
    }

    /// One CSV line (without its line break) of cleaned, guarded, quoted cells.
    public static func line(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",")
    }

    /// One CSV line of guarded, quoted cells kept exactly as given (nothing cleaned), for data
    /// that must read back unchanged, such as a workbook's CSV folder.
    public static func exactLine(_ cells: [String]) -> String {
        cells.map { quoted(guarded($0)) }.joined(separator: ",")
    }

    /// `text` with every `scalar` written twice. Scalar by scalar, not character by character: a
    /// quote followed by a combining mark is one `Character`, and would otherwise go undoubled.
    static func doubling(_ scalar: Unicode.Scalar, in text: String) -> String {
        var result = String.UnicodeScalarView()
        for each in text.unicodeScalars {
            if each == scalar { result.append(each) }
            result.append(each)
        }
        return String(result)
    }
}
