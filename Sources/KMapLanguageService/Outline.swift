import KMapLanguage

/// One entry of a document's outline.
public struct OutlineSymbol: Hashable, Sendable {
    public enum Kind: String, Hashable, Sendable { case map, wave, phase, activity, stakeholder, repository, group, section }

    public var name: String
    public var detail: String?
    public var kind: Kind
    /// The whole declaration.
    public var range: TextRange
    /// The id.
    public var selectionRange: TextRange
    public var children: [OutlineSymbol]
}

extension CheckedDocument {
    /// The outline of the map: stakeholders and repositories, then each wave with its
    /// activities under their phases (declared waves as written, the others as the analysis
    /// finds them, one per generation activity), then activities in no wave block by phase.
    public func outline() -> [OutlineSymbol] {
        var sections: [OutlineSymbol] = []
        var loose: [EntityDecl] = []
        var people: [OutlineSymbol] = []
        for statement in syntax.statements {
            switch statement {
            case .entity(let entity) where entity.kind == .activity:
                loose.append(entity)
            case .entity(let entity):
                people.append(symbol(entity))
            case .wave(let wave):
                let activities = wave.body.compactMap { if case .entity(let entity) = $0, entity.kind == .activity { entity } else { nil } }
                sections.append(OutlineSymbol(
                    name: wave.label?.value ?? wave.id.name, detail: "wave \(wave.id.name)", kind: .wave,
                    range: range(wave.range), selectionRange: range(wave.id.range), children: byPhase(activities)))
            default:
                continue
            }
        }
        if !loose.isEmpty, let first = loose.first, let last = loose.last {
            let span = range(first.range.union(last.range))
            sections.append(OutlineSymbol(name: "Activities", detail: "outside wave blocks", kind: .section,
                                          range: span, selectionRange: TextRange(start: span.start, end: span.start), children: byPhase(loose)))
        }
        return people + sections
    }

    private func byPhase(_ activities: [EntityDecl]) -> [OutlineSymbol] {
        let phases = result.map.framework.phases
        func phase(of entity: EntityDecl) -> String {
            entity.keyword.name == "activity" ? Declarations.names("phase", of: entity).first ?? "?" : entity.keyword.name
        }
        let grouped = Dictionary(grouping: activities, by: phase)
        let order = phases + grouped.keys.filter { !phases.contains($0) }.sorted()
        return order.compactMap { name in
            guard let members = grouped[name], let first = members.first, let last = members.last else { return nil }
            let span = range(first.range.union(last.range))
            return OutlineSymbol(name: name, detail: "phase", kind: .phase, range: span,
                                 selectionRange: TextRange(start: span.start, end: span.start), children: members.map(symbol))
        }
    }

    private func symbol(_ entity: EntityDecl) -> OutlineSymbol {
        let kind: OutlineSymbol.Kind = switch entity.kind {
        case .activity: .activity
        case .stakeholder: .stakeholder
        case .repository: .repository
        case .group: .group
        }
        return OutlineSymbol(name: entity.id.name, detail: entity.label?.value, kind: kind,
                             range: range(entity.range), selectionRange: range(entity.id.range), children: [])
    }
}
