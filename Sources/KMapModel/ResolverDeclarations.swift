import KMapLanguage

/// Registering declarations: ids in one namespace, activity phases, and wave membership.
extension ResolverState {
    /// A list of statements being walked, with the wave it belongs to.
    private struct Frame {
        var statements: [Statement]
        var next = 0
        var wave: WaveIndex?
    }

    /// Registers every declaration in source order and queues their attributes and the flows
    /// for later, when every id is known. Waves are walked with an explicit stack. The lists of
    /// statements are dropped as they are walked, so that afterwards the queues hold the only
    /// references to the declarations.
    mutating func collectDeclarations(_ statements: consuming [Statement]) {
        reserveCapacity(for: statements)
        var stack = [Frame(statements: consume statements, wave: nil)]
        while let top = stack.indices.last {
            guard stack[top].next < stack[top].statements.count else {
                stack.removeLast()
                continue
            }
            let statement = stack[top].statements[stack[top].next]
            stack[top].next += 1
            switch statement {
            case .entity(let declaration):
                declare(declaration, wave: stack[top].wave)
            case .flow(let flow):
                flowDeclarations.append(flow)
            case .wave(let wave):
                stack.append(Frame(statements: wave.body, wave: declare(wave)))
            case .header, .comment, .blankLine:
                break
            }
        }
    }

    /// Sizes the symbol table and the queues for the declarations and flows among `statements`,
    /// waves included, so that they do not regrow while a large map is read.
    private mutating func reserveCapacity(for statements: [Statement]) {
        var declarations = 0
        var flowStatements = 0
        var lists = [statements]
        while let list = lists.popLast() {
            for statement in list {
                switch statement {
                case .entity: declarations += 1
                case .flow: flowStatements += 1
                case .wave(let wave):
                    declarations += 1
                    lists.append(wave.body)
                case .header, .comment, .blankLine: break
                }
            }
        }
        symbols.reserveCapacity(declarations)
        pending.reserveCapacity(declarations)
        flowDeclarations.reserveCapacity(flowStatements)
    }

    /// Adds `id` to the namespace as the `index`-th declaration of `kind`; reports E013 and
    /// returns nil when the id is taken.
    private mutating func register(_ id: Identifier, as kind: SymbolKind, index: Int) -> Int? {
        if let existing = symbols.insert(id.name, Symbol(kind: kind, index: index, range: id.range)) {
            duplicatedIDs.insert(id.name)
            report(.duplicateID, at: id.range,
                   "'\(id.name)' is already defined as \(existing.kind.phrase); "
                       + "stakeholders, repositories, activities and waves share one set of ids",
                   notes: [DiagnosticNote("first defined here", at: existing.range)])
            return nil
        }
        if kind == .stakeholder { _ = stakeholderSymbols.insert(id.name, index) }
        return index
    }

    private mutating func declare(_ wave: WaveDecl) -> WaveIndex? {
        guard let index = register(wave.id, as: .wave, index: waves.count) else { return nil }
        waves.append(DeclaredWave(id: wave.id.name, label: wave.label?.value ?? wave.id.name, activities: [],
                                  range: wave.range, idRange: wave.id.range))
        return WaveIndex(index)
    }

    /// Registers `declaration` and queues its attributes.
    private mutating func declare(_ declaration: EntityDecl, wave: WaveIndex?) {
        let id = declaration.id
        switch declaration.kind {
        case .stakeholder:
            let index = register(id, as: .stakeholder, index: stakeholders.count)
            if index != nil { stakeholders.append(Stakeholder(declaration: declaration)) }
            pending.append(PendingDeclaration(declaration: declaration, index: index, phase: 0))
        case .group:
            declareGroup(declaration)
            pending.append(PendingDeclaration(declaration: declaration, index: nil, phase: 0))
        case .repository:
            let index = register(id, as: .repository, index: repositories.count)
            if index != nil { repositories.append(Repository(declaration: declaration)) }
            pending.append(PendingDeclaration(declaration: declaration, index: index, phase: 0))
        case .activity:
            let phase = activityPhase(declaration)
            let index = register(id, as: .activity, index: declaredActivities)
            if let index {
                declaredActivities += 1
                if let wave { waves[wave.position].activities.append(ActivityIndex(index)) }
            }
            pending.append(PendingDeclaration(declaration: declaration, index: index, phase: phase, wave: index == nil ? nil : wave))
        }
    }

    /// The phase of an activity: its keyword, or the `phase` attribute after `activity`.
    /// An unknown phase is reported (E015) and the activity is placed in the closest phase, or
    /// the first one, so the rest of the map still resolves.
    private mutating func activityPhase(_ declaration: EntityDecl) -> Int {
        let keyword = declaration.keyword
        guard keyword.name == StatementKeyword.activity else {
            let keywords = [StatementKeyword.stakeholder, StatementKeyword.repository, StatementKeyword.activity]
            return phaseIndex(of: keyword, alsoSuggesting: keywords)
        }
        guard let name = declaration.attributeSequence.first(where: { $0.keyword.name == "phase" })?.name else {
            report(.unknownPhase, at: keyword.range, "an activity declared with 'activity' needs 'phase NAME'",
                   notes: [DiagnosticNote("this map's phases are \(framework.phases.joined(separator: ", "))")])
            return framework.firstPhase
        }
        return phaseIndex(of: name, alsoSuggesting: [])
    }

    /// The index of the phase `name`, or the fallback after reporting E015. `keywords` are
    /// other words worth suggesting (a misspelled `stakeholder` reads as an unknown phase).
    private mutating func phaseIndex(of name: Identifier, alsoSuggesting keywords: [String]) -> Int {
        if let index = framework.index(of: name.name) { return index }
        let vocabulary = framework.phases + keywords
        let candidates = maySuggest(among: vocabulary.count) ? suggestions(for: name.name, among: vocabulary) : []
        report(.unknownPhase, at: name.range, appendingSuggestion("'\(name.name)' is not a phase of this map", candidates),
               notes: [DiagnosticNote("this map's phases are \(framework.phases.joined(separator: ", "))")],
               fixIt: replacement(for: name, from: candidates))
        let phases = framework
        return candidates.lazy.compactMap { phases.index(of: $0) }.first ?? phases.firstPhase
    }

    /// `group ID "Label"`: groups have their own namespace (a group may share its id with a
    /// stakeholder that stands for it); declaring one twice is reported (E013).
    private mutating func declareGroup(_ declaration: EntityDecl) {
        let id = declaration.id
        if let first = groupRanges[id.name] {
            report(.duplicateID, at: id.range, "group '\(id.name)' is already declared",
                   notes: [DiagnosticNote("first declared here", at: first)])
            return
        }
        groupRanges[id.name] = id.range
        groupLabels[id.name] = declaration.label?.value ?? id.name
    }
}
