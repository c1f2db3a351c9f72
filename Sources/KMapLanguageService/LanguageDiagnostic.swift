import KMapAnalysis
import KMapLanguage

/// A problem to show in an editor: a syntax or reference error of the language, a problem with
/// the map's rule settings, or a gap finding of the analysis.
public struct LanguageDiagnostic: Hashable, Sendable {
    /// A place elsewhere that explains the problem (a diagnostic's notes with a range).
    public struct Related: Hashable, Sendable {
        public var location: DocumentLocation
        public var message: String
    }

    public var range: TextRange
    public var severity: Severity
    /// `E012`, `KM006`, ...
    public var code: String
    /// `unknown-attribute`, `no-broker`, ...
    public var slug: String
    public var message: String
    public var related: [Related]
    /// Where the rule is documented, for a finding when the service knows where the rules are.
    public var ruleLink: String?
    /// The fix the language suggests ("did you mean"), as an edit.
    public var fix: SuggestedFix?
    /// For a finding: its rule slug, which a `# kmap: ignore` comment can name.
    public var suppressibleRule: String?
}

/// A fix-it as an edit, with the words that name it.
public struct SuggestedFix: Hashable, Sendable {
    public var title: String
    public var edit: TextEdit
}

extension CheckedDocument {
    /// Every diagnostic of the document, in source order: the language's (parse, resolve), the
    /// map header's rule settings, then the analysis findings. `rulesURL` is the page the rules
    /// are documented on; each finding links to its rule's anchor there.
    public func diagnostics(rulesURL: String? = nil) -> [LanguageDiagnostic] {
        let language = (result.diagnostics + result.analysis.configurationDiagnostics).map { convert($0, rule: nil, rulesURL: nil) }
        let findings = result.analysis.findings.map { convert($0.asDiagnostic(), rule: $0.description, rulesURL: rulesURL) }
        return (language + findings).sorted { $0.range.start < $1.range.start }
    }

    private func convert(_ diagnostic: Diagnostic, rule: RuleDescription?, rulesURL: String?) -> LanguageDiagnostic {
        let link = rule.flatMap { rule in rulesURL.map { "\($0)#\(Self.anchor(of: rule))" } }
        return LanguageDiagnostic(diagnostic, uri: uri, rule: rule, ruleLink: link) { self.range($0) }
    }

    /// The heading anchor of a rule in docs/RULES.md (`km006-no-broker`).
    static func anchor(of rule: RuleDescription) -> String { "\(rule.code.lowercased())-\(rule.slug)" }
}

extension LanguageDiagnostic {
    /// `diagnostic` in the document `uri`, its source ranges made protocol ranges by `range`: the
    /// notes with a place become related information, the others lines of the message.
    init(_ diagnostic: Diagnostic, uri: String, rule: RuleDescription? = nil, ruleLink: String? = nil,
         range: (SourceRange) -> TextRange) {
        let related = diagnostic.notes.compactMap { note -> Related? in
            guard let place = note.range else { return nil }
            return Related(location: DocumentLocation(uri: uri, range: range(place)), message: note.message)
        }
        let unplaced = diagnostic.notes.filter { $0.range == nil }.map(\.message)
        let fix = diagnostic.fixIt.map { SuggestedFix(title: $0.message, edit: TextEdit(range: range($0.range), newText: $0.replacement)) }
        self.init(
            range: range(diagnostic.range), severity: diagnostic.severity, code: diagnostic.id.code, slug: diagnostic.id.slug,
            message: ([diagnostic.message] + unplaced).joined(separator: "\n"), related: related, ruleLink: ruleLink, fix: fix,
            suppressibleRule: rule?.slug)
    }
}
