import KMapAnalysis
import KMapLanguage
import KMapModel

/// One suggestion for the word at the cursor.
public struct CompletionItem: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable {
        case keyword, phase, stakeholder, group, node, technique, cadence, rule, value
    }

    public var label: String
    public var kind: Kind
    /// A short line beside the label: a declaration's label, a technique's name, a rule's summary.
    public var detail: String?

    public init(_ label: String, _ kind: Kind, detail: String? = nil) {
        self.label = label
        self.kind = kind
        self.detail = detail
    }
}

extension CheckedDocument {
    /// What may be written at `position`, read from the line up to it (see ``CompletionContext``)
    /// and from the map: its framework's phases, its declared ids, the technique catalog, the rules.
    public func completions(at position: TextPosition) -> [CompletionItem] {
        let offset = offset(of: position)
        let context = CompletionContext(linePrefix: linePrefix(upTo: offset), block: blockKind(at: offset))
        return items(for: context.expected)
    }

    private func items(for expected: CompletionContext.Expected) -> [CompletionItem] {
        switch expected {
        case .nothing: []
        case .statementStart:
            CompletionContext.statementKeywords.map { CompletionItem($0, .keyword) }
                + result.map.framework.phases.map { CompletionItem($0, .phase, detail: "activity of this phase") }
                + nodes()
        case .attribute(let keywords): keywords.map { CompletionItem($0, .keyword) }
        case .stakeholder: declared(.stakeholder, as: .stakeholder)
        case .group: declared(.group, as: .group)
        case .node: nodes()
        case .phase: result.map.framework.phases.map { CompletionItem($0, .phase) }
        case .technique:
            TechniqueCatalog.all.map { CompletionItem($0.slug, .technique, detail: $0.name) }
        case .cadence(let plural):
            (plural ? ["days", "weeks", "months", "years"] : Cadence.Unit.allCases.map(\.rawValue))
                .map { CompletionItem($0, .cadence) }
        case .rule:
            RuleRegistry.descriptions(for: result.map.framework).map { CompletionItem($0.slug, .rule, detail: "\($0.code): \($0.summary)") }
        case .values(let values): values.map { CompletionItem($0, .value) }
        }
    }

    private func nodes() -> [CompletionItem] { declared(.activity, as: .node) + declared(.repository, as: .node) }

    private func declared(_ kind: SymbolKind, as itemKind: CompletionItem.Kind) -> [CompletionItem] {
        symbols.declarations.filter { $0.kind == kind }.map { CompletionItem($0.name, itemKind, detail: label(of: $0.name)) }
    }

    /// The block `offset` is inside, if any.
    func blockKind(at offset: Int) -> CompletionContext.Block {
        func inside(_ range: SourceRange) -> Bool { range.start < offset && offset < range.end }
        for statement in syntax.statements {
            switch statement {
            case .header(let header):
                guard let block = header.block, inside(block.range) else { continue }
                for attribute in block.attributes {
                    if case .block(let rules) = attribute.value, inside(rules.range) { return .rules }
                }
                return .header
            case .entity(let entity):
                if let block = entity.block, inside(block.range) { return .declaration }
            case .wave(let wave):
                for case .entity(let entity) in wave.body {
                    if let block = entity.block, inside(block.range) { return .declaration }
                }
            default:
                continue
            }
        }
        return .none
    }
}
