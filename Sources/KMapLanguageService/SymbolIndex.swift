import KMapLanguage

/// What a name in a map stands for. Activities, stakeholders, repositories and waves share one
/// namespace; groups have their own.
public enum SymbolKind: String, Hashable, Sendable {
    case activity, stakeholder, repository, wave, group

    /// Groups are named apart from everything else.
    var namespace: String { self == .group ? "group" : "id" }
}

/// One place a name is written: where it is declared, or a use of it.
public struct SymbolOccurrence: Hashable, Sendable {
    public var name: String
    /// Byte range in the source (after a byte-order mark).
    public var range: SourceRange
    /// The kind, when known: a declaration's own, or what the place of a use requires (`by`
    /// names a stakeholder; a flow step an activity or a repository, so nil).
    public var kind: SymbolKind?
    public var isDeclaration: Bool
    /// The namespace the name is looked up in.
    public var namespace: String
}

/// Every declaration and every use of a name in a parsed map, in source order: what go to
/// definition, references, rename and the outline read.
public struct SymbolIndex: Sendable {
    public private(set) var occurrences: [SymbolOccurrence] = []

    public init(_ file: MapFile) {
        for statement in file.statements { add(statement) }
        occurrences.sort { $0.range.start < $1.range.start }
    }

    /// The declarations, in source order.
    public var declarations: [SymbolOccurrence] { occurrences.filter(\.isDeclaration) }

    /// The occurrence under byte offset `offset` (its end included).
    public func occurrence(at offset: Int) -> SymbolOccurrence? {
        occurrences.first { $0.range.start <= offset && offset <= $0.range.end }
    }

    /// The declaration of `occurrence`'s name, if it is declared.
    public func declaration(of occurrence: SymbolOccurrence) -> SymbolOccurrence? {
        occurrences.first { $0.isDeclaration && $0.name == occurrence.name && $0.namespace == occurrence.namespace }
    }

    /// Every occurrence of the same name in the same namespace, declaration included.
    public func occurrences(of occurrence: SymbolOccurrence) -> [SymbolOccurrence] {
        occurrences.filter { $0.name == occurrence.name && $0.namespace == occurrence.namespace }
    }

    /// The declared names of `namespace` (`id` or `group`), with their kinds.
    public func declared(in namespace: String) -> [SymbolOccurrence] {
        occurrences.filter { $0.isDeclaration && $0.namespace == namespace }
    }

    private mutating func add(_ statement: Statement) {
        switch statement {
        case .entity(let entity):
            let kind: SymbolKind = switch entity.kind {
            case .activity: .activity
            case .stakeholder: .stakeholder
            case .repository: .repository
            case .group: .group
            }
            record(entity.id, kind: kind, declaration: true)
            for attribute in entity.attributeSequence { addUses(in: attribute) }
        case .flow(let flow):
            for step in flow.steps { record(step, kind: nil, declaration: false) }
        case .wave(let wave):
            record(wave.id, kind: .wave, declaration: true)
            for inner in wave.body { add(inner) }
        case .header, .comment, .blankLine:
            break
        }
    }

    private mutating func addUses(in attribute: Attribute) {
        guard case .names(let names) = attribute.value else { return }
        switch attribute.keyword.name {
        case "by", "for", "owner": for name in names { record(name, kind: .stakeholder, declaration: false) }
        case "group": for name in names { record(name, kind: .group, declaration: false) }
        default: break
        }
    }

    private mutating func record(_ identifier: Identifier, kind: SymbolKind?, declaration: Bool) {
        guard !identifier.name.isEmpty else { return }
        occurrences.append(SymbolOccurrence(
            name: identifier.name, range: identifier.range, kind: kind, isDeclaration: declaration,
            namespace: kind?.namespace ?? "id"))
    }
}
