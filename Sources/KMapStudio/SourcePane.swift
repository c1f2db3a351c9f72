import KMapAnalysis
import KMapLanguage
import KMapLanguageService

/// The source pane's diagnostics, from the language service the language server uses: the map
/// on disk (each snapshot) and the text being typed (each check) go through one
/// ``CheckedDocument`` each, so the page and an editor show the same messages at the same places.
enum SourcePane {
    /// `text` checked by the language service as the map at `path`.
    static func check(_ text: String, path: String, configuration: AnalysisConfiguration) -> CheckedDocument {
        CheckedDocument(TextDocument(uri: DocumentURI.uri(ofPath: path), version: 0, text: text), path: path, configuration: configuration)
    }

    /// The diagnostics of unsaved text: the input limit's when the text is larger than a map may
    /// be (as if it were saved and read back), otherwise the language service's.
    static func draft(_ text: String, path: String, configuration: AnalysisConfiguration, maxBytes: Int) -> [DiagnosticItem] {
        switch SourceLoader.decode(bytes: Array(text.utf8), path: path, maxBytes: maxBytes) {
        case .success:
            items(check(text, path: path, configuration: configuration))
        case .failure(let error):
            [DiagnosticItem(error.diagnostic, in: error.source)]
        }
    }

    /// The pane shows the language's diagnostics (syntax, references, rule settings); the
    /// findings have their own list, linked to the diagram.
    static func items(_ checked: CheckedDocument) -> [DiagnosticItem] {
        checked.diagnostics().filter { $0.suppressibleRule == nil }.map(DiagnosticItem.init)
    }
}

extension DiagnosticItem {
    /// A language service diagnostic at the pane's 1-based lines and columns (columns count UTF-16
    /// code units, as the text area does); its unplaced notes follow its first line, then the
    /// notes placed elsewhere.
    init(_ diagnostic: LanguageDiagnostic) {
        let lines = diagnostic.message.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        self.init(
            severity: diagnostic.severity.rawValue, code: diagnostic.code, message: lines.first ?? "",
            line: diagnostic.range.start.line + 1, column: diagnostic.range.start.character + 1,
            endLine: diagnostic.range.end.line + 1,
            notes: Array(lines.dropFirst()) + diagnostic.related.map(\.message)
        )
    }

    /// A diagnostic the pipeline did not make: a file that cannot be read, a diagram that
    /// cannot be drawn.
    init(_ diagnostic: Diagnostic, in source: SourceFile) {
        let start = source.location(of: diagnostic.range.start)
        self.init(
            severity: diagnostic.severity.rawValue, code: diagnostic.id.code, message: diagnostic.message,
            line: start.line, column: start.column, endLine: source.line(of: diagnostic.range.end),
            notes: diagnostic.notes.map(\.message)
        )
    }
}
