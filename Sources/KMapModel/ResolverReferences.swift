import KMapLanguage

/// References by name: stakeholders in `by`, `for` and `owner`, nodes in flows. A name that
/// does not resolve is reported and left out; it never creates a node.
extension ResolverState {
    /// The stakeholder `name` refers to in `attribute` (`by`, `for`, `owner`), or nil after
    /// reporting E012 (undefined) or E019 (names something else).
    mutating func stakeholderIndex(_ name: Identifier, attribute: String) -> StakeholderIndex? {
        if let index = stakeholderSymbols[name.name] { return StakeholderIndex(index) }
        guard let symbol = symbols[name.name] else {
            reportUndefined(name, kinds: [.stakeholder], what: "stakeholder",
                            declaration: "stakeholder \(name.name) \"Label\"")
            return nil
        }
        guard symbol.kind == .stakeholder else {
            reportWrongKind(name, symbol, "'\(attribute)' names stakeholders")
            return nil
        }
        return StakeholderIndex(symbol.index)
    }

    /// The activity or repository `name` refers to in a flow, or nil after reporting.
    mutating func nodeRef(_ name: Identifier) -> NodeRef? {
        guard let symbol = symbols[name.name] else {
            reportUndefined(name, kinds: [.activity, .repository], what: "activity or repository",
                            declaration: "PHASE \(name.name) \"Label\"' or 'repository \(name.name) \"Label\"")
            return nil
        }
        switch symbol.kind {
        case .activity: return .activity(ActivityIndex(symbol.index))
        case .repository: return .repository(RepositoryIndex(symbol.index))
        case .stakeholder, .wave:
            reportWrongKind(name, symbol, "flows connect only activities and repositories")
            return nil
        }
    }

    /// Turns every flow statement into flows: `a -> b -> c` gives `a -> b` and `b -> c`, and
    /// `a -> b, c` gives `a -> b` and `a -> c`, each with the statement's label. A flow from a
    /// node to itself is an error (E014); a pair of nodes already connected keeps its first flow
    /// in the graph (the others are kept in ``KMap/repeatedFlows``).
    mutating func resolveFlows() {
        var declarations = flowDeclarations
        flowDeclarations = []
        let steps = declarations.reduce(0) { $0 + max(0, $1.steps.count - 1) }
        flows.reserveCapacity(steps)
        flowPairs.reserveCapacity(steps)
        for position in declarations.indices {
            let declaration = declarations[position]
            declarations[position].steps = [] // released once resolved
            let steps = declaration.steps
            // Each id is looked up once, so an unknown id is reported once, however many flows it is in.
            let refs = steps.map { nodeRef($0) }
            if declaration.stepSizes.isEmpty {
                for position in steps.indices.dropFirst() {
                    connect(steps[position - 1], refs[position - 1], to: steps[position], refs[position], label: declaration.label)
                }
            } else {
                let groups = declaration.stepGroups
                for position in groups.indices.dropFirst() {
                    for from in groups[position - 1].indices {
                        for to in groups[position].indices {
                            connect(steps[from], refs[from], to: steps[to], refs[to], label: declaration.label)
                        }
                    }
                }
            }
        }
    }

    /// One flow step `from -> to`, unless it loops onto its source; a step that repeats an earlier
    /// pair is kept aside (``KMap/repeatedFlows``).
    private mutating func connect(_ from: Identifier, _ source: NodeRef?, to: Identifier, _ target: NodeRef?,
                                  label: StringLiteral?) {
        let range = from.range.union(to.range)
        guard from.name != to.name else {
            report(.selfFlow, at: range, "a flow cannot go from '\(from.name)' to itself")
            return
        }
        guard let source, let target else { return }
        let flow = Flow(from: source, to: target, label: label?.value, range: range)
        if flowPairs.insert(flowKey(from: source, to: target)) { flows.append(flow) } else { repeatedFlows.append(flow) }
    }

    /// One number per ordered pair of nodes, to keep one ``Flow`` per distinct pair (an integer
    /// is stored and compared faster than a pair of node references).
    private func flowKey(from source: NodeRef, to target: NodeRef) -> Int {
        nodeIndex(source) * (activities.count + repositories.count) + nodeIndex(target)
    }

    private func nodeIndex(_ ref: NodeRef) -> Int {
        switch ref {
        case .activity(let index): index.position
        case .repository(let index): activities.count + index.position
        }
    }

    private mutating func reportUndefined(_ name: Identifier, kinds: [SymbolKind], what: String, declaration: String) {
        let candidates = Suggestions.closest(to: name.name, among: affordableIDs(of: kinds))
        let notes = candidates.isEmpty ? [DiagnosticNote("declare it with '\(declaration)'")] : []
        report(.undefinedReference, at: name.range, appendingSuggestion("undefined \(what) '\(name.name)'", candidates),
               notes: notes, fixIt: replacement(for: name, from: candidates))
    }

    private mutating func reportWrongKind(_ name: Identifier, _ symbol: Symbol, _ expectation: String) {
        guard !duplicatedIDs.contains(name.name) else { return }
        report(.wrongKindReference, at: name.range, "'\(name.name)' is \(symbol.kind.phrase), but \(expectation)",
               notes: [DiagnosticNote("'\(name.name)' is defined here", at: symbol.range)])
    }
}
