import KMapLanguage

/// What an id names. Stakeholders, repositories, activities and waves share one namespace.
enum SymbolKind {
    case stakeholder, repository, activity, wave

    /// The kind with its article, for messages: "a stakeholder", "an activity".
    var phrase: String {
        switch self {
        case .stakeholder: "a stakeholder"
        case .repository: "a repository"
        case .activity: "an activity"
        case .wave: "a wave"
        }
    }
}

/// A declared id: what it names, its index among the declarations of that kind, and where the
/// id was written.
struct Symbol {
    var kind: SymbolKind
    var index: Int
    var range: SourceRange
}

/// A declaration whose attributes are resolved once every id is known (references may point
/// forward). `index` is nil for a duplicate declaration, whose attributes are still checked.
struct PendingDeclaration {
    var declaration: EntityDecl
    var index: Int?
    var phase: Int
}

/// The working state of one resolution. The steps live in extensions, one file each:
/// header, declarations, attributes, attribute values, references and flows.
struct MapResolver {
    /// How many errors get "did you mean" suggestions; the rest are reported without them, so
    /// that a file with a million bad names against a million ids is not quadratic.
    static let suggestionLimit = 500

    let source: SourceFile
    var diagnostics: [Diagnostic] = []

    // The header.
    var title: String?
    var goal: String?
    var standards: [String] = []
    var framework = Framework.default
    var ruleSettings = RuleSettings()
    var headerRange: SourceRange?

    // Declarations and flows.
    var symbols: [String: Symbol] = [:]
    var stakeholders: [Stakeholder] = []
    var repositories: [Repository] = []
    var activities: [Activity] = []
    var waves: [DeclaredWave] = []
    var pending: [PendingDeclaration] = []
    var flowDeclarations: [FlowDecl] = []
    var flows: [Flow] = []
    var flowPairs: Set<FlowPair> = []

    private var suggestionsLeft = MapResolver.suggestionLimit

    init(source: SourceFile) {
        self.source = source
    }

    mutating func report(
        _ id: DiagnosticID, _ severity: Severity = .error, at range: SourceRange, _ message: String,
        notes: [DiagnosticNote] = [], fixIt: FixIt? = nil
    ) {
        diagnostics.append(Diagnostic(id, severity, at: range, message, notes: notes, fixIt: fixIt))
    }

    /// Whether suggestions may still be computed for an error; each call uses up one.
    mutating func maySuggest() -> Bool {
        guard suggestionsLeft > 0 else { return false }
        suggestionsLeft -= 1
        return true
    }

    /// Ids of the given kinds (for suggestions).
    func ids(of kinds: Set<SymbolKind>) -> [String] {
        symbols.compactMap { kinds.contains($0.value.kind) ? $0.key : nil }
    }
}

/// `message; did you mean 'x'?` when there are candidates, else `message`.
func appendingSuggestion(_ message: String, _ candidates: [String]) -> String {
    guard let phrase = Suggestions.didYouMean(candidates) else { return message }
    return "\(message); \(phrase)"
}

/// Suggestions from a small fixed vocabulary: close spellings, else the words `name` begins
/// (`warn` suggests `warning`) or that begin it (`collection` suggests `collect`).
func suggestions(for name: String, among words: [String]) -> [String] {
    let close = Suggestions.closest(to: name, among: words)
    guard close.isEmpty, name.count >= 2 else { return close }
    return words.filter { word in
        word != name && (word.hasPrefix(name) || (word.count >= 3 && name.hasPrefix(word)))
    }
}

/// A fix-it replacing `name` with the best candidate, if any.
func replacement(for name: Identifier, from candidates: [String]) -> FixIt? {
    guard let best = candidates.first else { return nil }
    return FixIt("replace '\(name.name)' with '\(best)'", replacing: name.range, with: best)
}

/// A flow's endpoints, to keep one ``Flow`` per distinct pair.
struct FlowPair: Hashable {
    var from: NodeRef
    var to: NodeRef
}
