import KMapLanguage

/// Attribute values with a fixed vocabulary: cadences, techniques and enumerations.
extension ResolverState {
    /// `every UNIT` or `every N UNITS`. Singular and plural are both accepted whatever the count
    /// (`every 3 week`); an unknown unit or a count of 0 is reported (E017).
    mutating func cadence(_ attribute: Attribute) -> Cadence? {
        guard case .cadence(let syntax) = attribute.value else { return nil }
        guard let unit = Cadence.Unit(spelling: syntax.unit.name) else {
            let candidates = suggestions(for: syntax.unit.name, among: Cadence.Unit.spellings)
            report(.badCadence, at: syntax.unit.range, appendingSuggestion("unknown cadence unit '\(syntax.unit.name)'", candidates),
                   notes: [DiagnosticNote("a unit is one of: \(Cadence.Unit.allCases.map(\.rawValue).joined(separator: ", "))")],
                   fixIt: replacement(for: syntax.unit, from: candidates))
            return nil
        }
        let count = syntax.count ?? 1
        guard count >= 1 else {
            report(.badCadence, at: syntax.range,
                   "a cadence needs a count of at least 1: 'every \(count) \(syntax.unit.name)' never happens")
            return nil
        }
        return Cadence(count: count, unit: unit)
    }

    /// `technique SLUG`: the canonical slug when the catalog knows the name (or an alias of it),
    /// else the name as written, with a warning (W001) suggesting catalog slugs.
    mutating func technique(_ attribute: Attribute) -> String? {
        guard let name = attribute.name else { return nil }
        if let slug = TechniqueCatalog.canonicalSlug(name.name) { return slug }
        let candidates = TechniqueCatalog.suggestions(for: name.name)
        report(.unknownTechnique, .warning, at: name.range,
               appendingSuggestion("unknown technique '\(name.name)'", candidates),
               notes: [DiagnosticNote("'kmap techniques' lists the catalog; a technique outside it is kept as written")],
               fixIt: replacement(for: name, from: candidates))
        return name.name
    }

    /// One of a fixed set of words (`routine synthesis`, `status planned`); anything else is
    /// reported (E018) with the closest words and the full list.
    mutating func enumeration<Value: RawRepresentable & CaseIterable>(
        _ attribute: Attribute, of type: Value.Type, named what: String
    ) -> Value? where Value.RawValue == String {
        guard let name = attribute.name else { return nil }
        if let value = Value(rawValue: name.name) { return value }
        let words = Value.allCases.map(\.rawValue)
        let candidates = suggestions(for: name.name, among: words)
        report(.invalidValue, at: name.range, appendingSuggestion("invalid \(what) '\(name.name)'", candidates),
               notes: [DiagnosticNote("\(what) is one of: \(words.joined(separator: ", "))")],
               fixIt: replacement(for: name, from: candidates))
        return nil
    }
}
