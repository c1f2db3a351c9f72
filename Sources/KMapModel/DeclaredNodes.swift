import KMapLanguage

/// Model values as a declaration creates them, before their attributes are applied. A missing
/// label (already reported by the parser) falls back to the id.
extension Stakeholder {
    init(declaration: EntityDecl) {
        self.init(id: declaration.id.name, label: declaration.label?.value ?? declaration.id.name, isBroker: false,
                  isExternal: false, group: declaration.id.name, range: declaration.range, idRange: declaration.id.range)
    }
}

extension Repository {
    init(declaration: EntityDecl) {
        self.init(id: declaration.id.name, label: declaration.label?.value ?? declaration.id.name, owner: nil,
                  range: declaration.range, idRange: declaration.id.range)
    }
}

extension Activity {
    init(declaration: EntityDecl, phase: Int, wave: WaveIndex?) {
        self.init(id: declaration.id.name, label: declaration.label?.value ?? declaration.id.name, phase: phase,
                  owners: [], audience: [], cadence: nil, technique: nil, routine: nil, action: nil, status: .existing,
                  indicators: [], notes: [], wave: wave, range: declaration.range, idRange: declaration.id.range)
    }
}
