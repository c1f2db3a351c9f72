import KMapLanguage

/// The declarations of a parsed map by id, and the declared wave each activity is written in.
struct Declarations: Sendable {
    private(set) var entities: [String: EntityDecl] = [:]
    private(set) var waves: [String: WaveDecl] = [:]
    private(set) var waveOfActivity: [String: String] = [:]

    init(_ file: MapFile) {
        for statement in file.statements { add(statement, wave: nil) }
    }

    private mutating func add(_ statement: Statement, wave: String?) {
        switch statement {
        case .entity(let entity):
            let key = entity.kind == .group ? "group:\(entity.id.name)" : entity.id.name
            if entities[key] == nil { entities[key] = entity }
            if let wave, entity.kind == .activity { waveOfActivity[entity.id.name] = wave }
        case .wave(let declaration):
            if waves[declaration.id.name] == nil { waves[declaration.id.name] = declaration }
            for inner in declaration.body { add(inner, wave: declaration.id.name) }
        default:
            break
        }
    }

    /// The names a declaration's `keyword` attributes list, in order.
    static func names(_ keyword: String, of entity: EntityDecl) -> [String] {
        entity.attributeSequence.filter { $0.keyword.name == keyword }.flatMap { attribute -> [String] in
            if case .names(let names) = attribute.value { return names.map(\.name) }
            return []
        }
    }
}

extension CheckedDocument {
    /// The label the declaration of `name` gives it, if declared.
    func label(of name: String) -> String? {
        declarations.entities[name]?.label?.value ?? declarations.waves[name]?.label?.value
    }
}
