import KMapLanguage

/// A change the editor offers for a diagnostic: a fix-it or a suppression.
public struct CodeAction: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case quickFix = "quickfix" }

    public var title: String
    public var kind: Kind
    /// The diagnostic the action answers.
    public var diagnostic: LanguageDiagnostic
    public var edits: [TextEdit]
    public var isPreferred: Bool
}

extension CheckedDocument {
    /// The actions for the diagnostics that touch `range`: each fix-it, and for each finding,
    /// "suppress with a reason" writing `# kmap: ignore RULE -- reason` at the end of its line
    /// (or adding the rule to the suppression comment already there).
    public func codeActions(in range: TextRange, rulesURL: String? = nil) -> [CodeAction] {
        let touching = diagnostics(rulesURL: rulesURL).filter { $0.range.start <= range.end && range.start <= $0.range.end }
        var actions: [CodeAction] = []
        for diagnostic in touching {
            if let fix = diagnostic.fix {
                actions.append(CodeAction(title: fix.title, kind: .quickFix, diagnostic: diagnostic, edits: [fix.edit], isPreferred: true))
            }
            if let rule = diagnostic.suppressibleRule, let edit = suppression(of: rule, onLine: diagnostic.range.start.line) {
                actions.append(CodeAction(title: "Suppress \(rule) on this line, with a reason", kind: .quickFix,
                                          diagnostic: diagnostic, edits: [edit], isPreferred: false))
            }
        }
        return actions
    }

    /// The words a new suppression carries until the author replaces them with the real reason.
    public static let suppressionReason = "why this gap is accepted"

    /// The edit that suppresses `rule` on protocol line `line`; nil when the line already ends in
    /// a comment that is not a suppression.
    private func suppression(of rule: String, onLine line: Int) -> TextEdit? {
        let sourceLine = source.line(of: offset(of: TextPosition(line: line, character: 0)))
        let lineRange = source.lineRange(sourceLine)
        let end = range(SourceRange(start: lineRange.upperBound, end: lineRange.upperBound)).end
        guard let comment = syntax.comments.first(where: { source.line(of: $0.range.start) == sourceLine }) else {
            return TextEdit(range: TextRange(start: end, end: end), newText: " # kmap: ignore \(rule) -- \(Self.suppressionReason)")
        }
        let text = comment.text.drop { $0 == " " }
        guard text.hasPrefix("kmap: ignore ") else { return nil }
        let names = text.dropFirst("kmap: ignore ".count)
        let insertAt = comment.range.end - names.utf8.count
        let position = range(SourceRange(start: insertAt, end: insertAt)).start
        return TextEdit(range: TextRange(start: position, end: position), newText: "\(rule), ")
    }

    /// The whole document in canonical layout, as one edit; nil when the map has syntax errors
    /// (the formatter refuses them) or is already canonical.
    public func formatted() -> TextEdit? {
        let parsed = Parser.parse(source)
        guard !parsed.diagnostics.hasErrors else { return nil }
        let text = Formatter.format(parsed.file)
        guard text != document.text else { return nil }
        let end = document.positions.position(of: document.text.utf8.count)
        return TextEdit(range: TextRange(start: TextPosition(line: 0, character: 0), end: end), newText: text)
    }
}
