/// Attribute values, parsed by the shape the keyword takes (see ``AttributeGrammar``).
extension ParserState {
    /// Parses the value of an attribute whose keyword has just been consumed. Returns nil after
    /// reporting E007 when the value is missing or malformed; `range` is nil for flags.
    mutating func parseValue(_ shape: AttributeShape, after keyword: Identifier) -> (value: AttributeValue, range: SourceRange?)? {
        switch shape {
        case .flag:
            return (.flag, nil)
        case .text:
            guard current.kind == .string else {
                reportUnexpected(expected: "a quoted string after '\(keyword.name)'")
                return nil
            }
            let literal = source.stringLiteral(advance())
            return (.text(literal), literal.range)
        case .names:
            return parseNameList(after: keyword)
        case .name:
            guard let name = expectName(after: keyword.name) else { return nil }
            if current.kind == .comma {
                report(.unexpectedToken, at: current.range, "'\(keyword.name)' takes exactly one name")
                return nil
            }
            return (.names([name]), name.range)
        case .twoNames:
            guard let first = expectName(after: keyword.name), let second = expectName(after: first.name) else { return nil }
            return (.names([first, second]), first.range.union(second.range))
        case .cadence:
            return parseCadence(after: keyword)
        case .block:
            return nil
        }
    }

    /// The next token as a name, or nil after reporting E007.
    private mutating func expectName(after previous: String) -> Identifier? {
        guard current.kind == .identifier else {
            reportUnexpected(expected: "a name after '\(previous)'")
            return nil
        }
        return source.identifier(advance())
    }

    /// `name {, name}`.
    private mutating func parseNameList(after keyword: Identifier) -> (value: AttributeValue, range: SourceRange?)? {
        guard let first = expectName(after: keyword.name) else { return nil }
        var names = [first]
        while current.kind == .comma {
            advance()
            guard let next = expectName(after: ",") else { return nil }
            names.append(next)
        }
        return (.names(names), first.range.union(names[names.count - 1].range))
    }

    /// `UNIT` or `NUMBER UNIT`; the unit word is checked by the resolver.
    private mutating func parseCadence(after keyword: Identifier) -> (value: AttributeValue, range: SourceRange?)? {
        var count: Int?
        var start = current.range
        if current.kind == .number {
            let token = advance()
            guard let value = Int(source.text(of: token)) else {
                report(.unexpectedToken, at: token.range, "the number \(source.text(of: token)) is too large")
                return nil
            }
            count = value
            start = token.range
        }
        guard current.kind == .identifier else {
            let example = count.map { "'\($0) weeks'" } ?? "'week' or '3 weeks'"
            reportUnexpected(expected: "a cadence such as \(example) after '\(keyword.name)'")
            return nil
        }
        let unit = source.identifier(advance())
        let range = start.union(unit.range)
        return (.cadence(CadenceSyntax(count: count, unit: unit, range: range)), range)
    }
}
