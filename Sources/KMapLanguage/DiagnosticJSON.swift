import KMapText

/// Encodes diagnostics as JSON for `--diagnostics-format json`.
///
/// Each diagnostic is an object with stable field names:
/// `code`, `slug`, `severity`, `path`, `range` (`start` and `end`, each with `line`, `column`
/// and `offset`), `message`, `notes` (each with `message` and `range` or null) and `fixIt`
/// (`message`, `range`, `replacement`, or null). Lines and columns are 1-based; columns count
/// characters; offsets are 0-based UTF-8 byte offsets.
public enum DiagnosticJSON {
    /// A JSON array of the diagnostics of one file, one object per line.
    public static func encode(_ diagnostics: [Diagnostic], in source: SourceFile) -> String {
        guard !diagnostics.isEmpty else { return "[]\n" }
        return "[\n" + diagnostics.map { "  " + object(for: $0, in: source) }.joined(separator: ",\n") + "\n]\n"
    }

    /// One diagnostic as a single-line JSON object (for callers combining several files).
    public static func object(for diagnostic: Diagnostic, in source: SourceFile) -> String {
        let notes = diagnostic.notes.map { note in
            "{\"message\":\(JSONText.quoted(note.message)),\"range\":\(note.range.map { range($0, in: source) } ?? "null")}"
        }
        let fixIt = diagnostic.fixIt.map { fix in
            "{\"message\":\(JSONText.quoted(fix.message)),\"range\":\(range(fix.range, in: source)),\"replacement\":\(JSONText.quoted(fix.replacement))}"
        } ?? "null"
        return "{\"code\":\(JSONText.quoted(diagnostic.id.code)),\"slug\":\(JSONText.quoted(diagnostic.id.slug)),"
            + "\"severity\":\(JSONText.quoted(diagnostic.severity.rawValue)),\"path\":\(JSONText.quoted(source.path)),"
            + "\"range\":\(range(diagnostic.range, in: source)),\"message\":\(JSONText.quoted(diagnostic.message)),"
            + "\"notes\":[\(notes.joined(separator: ","))],\"fixIt\":\(fixIt)}"
    }

    private static func range(_ range: SourceRange, in source: SourceFile) -> String {
        "{\"start\":\(position(range.start, in: source)),\"end\":\(position(range.end, in: source))}"
    }

    private static func position(_ offset: Int, in source: SourceFile) -> String {
        let location = source.location(of: offset)
        return "{\"line\":\(location.line),\"column\":\(location.column),\"offset\":\(offset)}"
    }
}
