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
    /// The declaration: one reference into the syntax tree (see ``EntityDecl``), let go once
    /// its attributes are resolved.
    var declaration: EntityDecl?
    var index: Int?
    var phase: Int
    /// The wave an activity belongs to.
    var wave: WaveIndex?
}

/// The working state of one resolution. The steps live in extensions, one file each:
/// header, declarations, attributes, attribute values, references and flows.
struct ResolverState {
    /// How many candidate names suggestions may compare in all. Each error's suggestions cost
    /// one comparison per candidate; once the budget is spent, errors are reported without them,
    /// so a file with many bad names against many ids stays linear.
    static let suggestionBudget = 2_000_000

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
    var symbols = IDTable<Symbol>()
    /// The stakeholders among ``symbols``: `by`, `for` and `owner` look names up in this much
    /// smaller table, which stays in cache on large maps.
    var stakeholderSymbols = IDTable<Int>()
    /// Ids declared more than once (E013): a reference to one that names the wrong kind is the
    /// same mistake, and is not reported again.
    var duplicatedIDs: Set<String> = []
    var stakeholders: [Stakeholder] = []
    var repositories: [Repository] = []
    /// Activities are built when their attributes are resolved, in declaration order, so that
    /// each is made once and never copied; until then they are only counted.
    var activities: [Activity] = []
    var declaredActivities = 0
    var waves: [DeclaredWave] = []
    /// Groups declared with `group ID "Label"`: their labels and where their ids were written.
    var groupLabels: [String: String] = [:]
    var groupRanges: [String: SourceRange] = [:]
    var pending: [PendingDeclaration] = []
    var flowDeclarations: [FlowDecl] = []
    var flows: [Flow] = []
    var repeatedFlows: [Flow] = []
    /// The node pairs already connected, each as ``flowKey(from:to:)``.
    var flowPairs = IntegerSet()

    private var suggestionBudgetLeft = ResolverState.suggestionBudget

    init(source: SourceFile) {
        self.source = source
    }

    mutating func report(
        _ id: DiagnosticID, _ severity: Severity = .error, at range: SourceRange, _ message: String,
        notes: [DiagnosticNote] = [], fixIt: FixIt? = nil
    ) {
        diagnostics.append(Diagnostic(id, severity, at: range, message, notes: notes, fixIt: fixIt))
    }

    /// Whether suggestions comparing `candidates` names may still be computed; spends that much
    /// of the budget when they may.
    mutating func maySuggest(among candidates: Int) -> Bool {
        guard candidates <= suggestionBudgetLeft else { return false }
        suggestionBudgetLeft -= candidates
        return true
    }

    /// Ids of the given kinds, in declaration order, for suggestions; empty when comparing with
    /// them would exceed the suggestion budget (checked before any id is copied).
    mutating func affordableIDs(of kinds: [SymbolKind]) -> [String] {
        let count = kinds.reduce(0) { total, kind in
            switch kind {
            case .stakeholder: total + stakeholders.count
            case .repository: total + repositories.count
            case .activity: total + activities.count
            case .wave: total + waves.count
            }
        }
        guard maySuggest(among: count) else { return [] }
        var ids: [String] = []
        ids.reserveCapacity(count)
        for kind in kinds {
            switch kind {
            case .stakeholder: ids += stakeholders.map(\.id)
            case .repository: ids += repositories.map(\.id)
            case .activity: ids += activities.map(\.id)
            case .wave: ids += waves.map(\.id)
            }
        }
        return ids
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
    let prefixed = words.filter { word in
        word != name && (word.hasPrefix(name) || (word.count >= 3 && name.hasPrefix(word)))
    }
    return Array(prefixed.prefix(3))
}

/// A fix-it replacing `name` with the best candidate, if any.
func replacement(for name: Identifier, from candidates: [String]) -> FixIt? {
    guard let best = candidates.first else { return nil }
    return FixIt("replace '\(name.name)' with '\(best)'", replacing: name.range, with: best)
}

