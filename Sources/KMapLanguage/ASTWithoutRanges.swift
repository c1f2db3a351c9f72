/// Copies of syntax trees with every source range set to zero, so two parses of differently laid
/// out text can be compared for meaning (used to check that formatting preserves a file).
public extension MapFile {
    /// This file with every ``SourceRange`` replaced by an empty range at offset 0.
    func withoutRanges() -> MapFile {
        MapFile(statements: statements.map { $0.withoutRanges() }, comments: comments.map { $0.withoutRanges() })
    }
}

private let zero = SourceRange.empty(at: 0)

extension Statement {
    /// Waves hold no waves, so this recursion is at most two levels deep.
    func withoutRanges() -> Statement {
        switch self {
        case .header(var header):
            header.keyword = header.keyword.withoutRanges()
            header.title = header.title?.withoutRanges()
            header.block = header.block?.withoutRanges()
            header.trailingComment = header.trailingComment?.withoutRanges()
            header.range = zero
            return .header(header)
        case .entity(let entity):
            return .entity(entity.withoutRanges())
        case .flow(var flow):
            flow.steps = flow.steps.map { $0.withoutRanges() }
            flow.label = flow.label?.withoutRanges()
            flow.trailingComment = flow.trailingComment?.withoutRanges()
            flow.range = zero
            return .flow(flow)
        case .wave(var wave):
            wave.keyword = wave.keyword.withoutRanges()
            wave.id = wave.id.withoutRanges()
            wave.label = wave.label?.withoutRanges()
            wave.body = wave.body.map { $0.withoutRanges() }
            wave.trailingComment = wave.trailingComment?.withoutRanges()
            wave.closingComment = wave.closingComment?.withoutRanges()
            wave.range = zero
            return .wave(wave)
        case .comment(let comment):
            return .comment(comment.withoutRanges())
        case .blankLine:
            return .blankLine
        }
    }
}

extension EntityDecl {
    func withoutRanges() -> EntityDecl {
        var copy = self
        copy.keyword = keyword.withoutRanges()
        copy.id = id.withoutRanges()
        copy.label = label?.withoutRanges()
        copy.inlineAttributes = inlineAttributes.map { $0.withoutRanges() }
        copy.block = block?.withoutRanges()
        copy.trailingComment = trailingComment?.withoutRanges()
        copy.range = zero
        return copy
    }
}

extension AttributeBlock {
    /// A nested block (`rules`) holds no blocks, so this recursion is at most two levels deep.
    func withoutRanges() -> AttributeBlock {
        let items = items.map { item -> BlockItem in
            switch item {
            case .attribute(let attribute): .attribute(attribute.withoutRanges())
            case .comment(let comment): .comment(comment.withoutRanges())
            case .blankLine: .blankLine
            }
        }
        return AttributeBlock(items: items, range: zero, closingComment: closingComment?.withoutRanges())
    }
}

extension Attribute {
    func withoutRanges() -> Attribute {
        let value: AttributeValue = switch self.value {
        case .flag: .flag
        case .names(let names): .names(names.map { $0.withoutRanges() })
        case .text(let text): .text(text.withoutRanges())
        case .cadence(let cadence): .cadence(CadenceSyntax(count: cadence.count, unit: cadence.unit.withoutRanges(), range: zero))
        case .block(let block): .block(block.withoutRanges())
        }
        return Attribute(keyword: keyword.withoutRanges(), value: value, trailingComment: trailingComment?.withoutRanges(), range: zero)
    }
}

extension Identifier {
    func withoutRanges() -> Identifier { Identifier(name, range: zero) }
}

extension StringLiteral {
    func withoutRanges() -> StringLiteral { StringLiteral(value, range: zero) }
}

extension Comment {
    func withoutRanges() -> Comment { Comment(text, range: zero) }
}
