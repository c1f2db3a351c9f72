/// Attribute rules: attributes on a declaration's line, `{ ... }` blocks, and values by shape.
extension ParserState {
    /// How deep blocks may nest: a declaration's block (depth 0) may hold one `rules { ... }`
    /// block (depth 1), and no deeper.
    static let maximumBlockDepth = 1

    /// Attributes on the declaration's own line, up to a `{`, a comment or the line end.
    mutating func parseInlineAttributes() -> [Attribute] {
        var attributes: [Attribute] = []
        // Declarations mostly carry two to four attributes: one allocation instead of three.
        if current.kind == .identifier { attributes.reserveCapacity(4) }
        _ = parseAttributeRun(into: &attributes, blockDepth: nil)
        return attributes
    }

    /// A `{ ... }` block starting at `current` (a `{`). Returns the block and the comment after
    /// the `{`, which belongs to the line that opened the block.
    mutating func parseBlock(depth: Int) -> (block: AttributeBlock, comment: Comment?) {
        let brace = advance()
        let openingComment = finishBlockOpening()
        var block = AttributeBlock(items: [], range: brace.range)
        while true {
            switch current.kind {
            case .endOfFile:
                reportUnclosed(brace, what: "block")
                return (finished(&block), openingComment)
            case .newline:
                advance()
                if let last = block.items.last, last != .blankLine { block.items.append(.blankLine) }
            case .comment:
                block.items.append(.comment(takeComment()))
                if current.kind == .newline { advance() }
            case .rightBrace:
                block.range = block.range.union(advance().range)
                block.closingComment = finishLine()
                return (finished(&block), openingComment)
            case .identifier where looksLikeStatementStart():
                reportUnclosed(brace, what: "block")
                return (finished(&block), openingComment)
            default:
                if parseBlockLine(into: &block, depth: depth) { return (finished(&block), openingComment) }
            }
        }
    }

    /// One line of attributes inside a block. Returns true when the line ended the block with a
    /// `}` written after its attributes.
    private mutating func parseBlockLine(into block: inout AttributeBlock, depth: Int) -> Bool {
        var attributes: [Attribute] = []
        let lineConsumed = parseAttributeRun(into: &attributes, blockDepth: depth)
        var closesBlock = false
        if !lineConsumed {
            if current.kind == .rightBrace {
                report(.unexpectedToken, at: current.range, "'}' must stand on a line of its own")
                block.range = block.range.union(advance().range)
                closesBlock = true
            } else if current.kind == .leftBrace {
                reportUnexpected(expected: "an attribute")
                skipStatement()
                block.items.append(contentsOf: attributes.map(BlockItem.attribute))
                return false
            }
            if let comment = finishLine() {
                if attributes.isEmpty { block.items.append(.comment(comment)) } else { attributes[attributes.count - 1].trailingComment = comment }
            }
        }
        block.items.append(contentsOf: attributes.map(BlockItem.attribute))
        if let last = attributes.last { block.range = block.range.union(last.range) }
        return closesBlock
    }

    private func finished(_ block: inout AttributeBlock) -> AttributeBlock {
        if block.items.last == .blankLine { block.items.removeLast() }
        return block
    }

    /// After a `{`: an optional comment, then the line break.
    mutating func finishBlockOpening() -> Comment? {
        switch current.kind {
        case .comment:
            let comment = takeComment()
            if current.kind == .newline { advance() }
            return comment
        case .newline:
            advance()
        case .endOfFile:
            break
        default:
            reportUnexpected(expected: "the end of the line after '{' (a block's contents go on the lines below it)")
        }
        return nil
    }

    /// E011 at the `{`, with a note where the `}` was expected.
    mutating func reportUnclosed(_ brace: Token, what: String) {
        let note = current.kind == .endOfFile
            ? DiagnosticNote("the file ends before the block is closed; add '}' on a line of its own", at: .empty(at: previousEnd))
            : DiagnosticNote("expected '}' on a line of its own before this line", at: current.range)
        report(.unclosedBlock, at: brace.range, "unclosed \(what): this '{' has no matching '}'", notes: [note])
    }

    /// Whether the line at `current` is a statement rather than an attribute, which means the
    /// enclosing block was never closed: a statement keyword, `id ->`, or `name id "Label"`.
    private mutating func looksLikeStatementStart() -> Bool {
        if source.attributeKeyword(current) != nil { return false }
        for keyword: StaticString in ["map", "wave", "stakeholder", "repository", "activity"] where source.token(current, is: keyword) {
            return true
        }
        let next = peek(1)
        if next.kind == .arrow { return true }
        return next.kind == .identifier && peek(2).kind == .string
    }

    /// Parses attributes until the line ends or a `{` or `}` is reached. In a block, an attribute
    /// whose value is itself a block (`rules { ... }`) consumes lines up to its `}`; the return
    /// value is then true, meaning the line has been consumed.
    mutating func parseAttributeRun(into attributes: inout [Attribute], blockDepth: Int?) -> Bool {
        var previousShape: AttributeShape?
        while !atLineEnd, current.kind != .leftBrace, current.kind != .rightBrace {
            guard current.kind == .identifier else {
                reportUnexpected(expected: "an attribute such as 'by', 'for' or 'every'")
                skipToNextAttribute()
                continue
            }
            let keywordToken = current
            guard let (name, shape) = source.attributeKeyword(keywordToken) else {
                reportUnknownKeyword(keywordToken, name: source.text(of: keywordToken), after: previousShape)
                skipToNextAttribute()
                continue
            }
            previousShape = shape
            advance()
            let keyword = Identifier(name, range: keywordToken.range)
            if shape == .block {
                let parsed = parseBlockAttribute(keyword, blockDepth: blockDepth)
                if let attribute = parsed.attribute { attributes.append(attribute) }
                if parsed.consumedLine { return true }
                continue
            }
            if let value = parseValue(shape, after: keyword) {
                let end = value.range ?? keyword.range
                attributes.append(Attribute(keyword: keyword, value: value.value, range: keyword.range.union(end)))
            } else {
                skipToNextAttribute()
            }
        }
        return false
    }

    /// `rules { ... }`: allowed only on a line of its own inside a block, one level deep.
    /// `consumedLine` is true when the lines up to the block's `}` have been read.
    private mutating func parseBlockAttribute(_ keyword: Identifier, blockDepth: Int?) -> (attribute: Attribute?, consumedLine: Bool) {
        guard let depth = blockDepth else {
            report(.unexpectedToken, at: keyword.range, "'\(keyword.name)' takes a block, so it must stand on its own line inside a block")
            skipToNextAttribute()
            return (nil, false)
        }
        guard current.kind == .leftBrace else {
            reportUnexpected(expected: "'{' after '\(keyword.name)'")
            skipToNextAttribute()
            return (nil, false)
        }
        guard depth < Self.maximumBlockDepth else {
            report(.unexpectedToken, at: keyword.range, "'\(keyword.name)' cannot stand inside another nested block")
            skipStatement()
            return (nil, true)
        }
        let nested = parseBlock(depth: depth + 1)
        let attribute = Attribute(keyword: keyword, value: .block(nested.block), trailingComment: nested.comment,
                                  range: keyword.range.union(nested.block.range))
        return (attribute, true)
    }

    private mutating func reportUnknownKeyword(_ token: Token, name: String, after previousShape: AttributeShape?) {
        let candidates = Suggestions.closest(to: name, among: AttributeGrammar.keywords)
        var message = "unknown attribute '\(name)'"
        var fixIt: FixIt?
        var notes: [DiagnosticNote] = []
        if let suggestion = Suggestions.didYouMean(candidates), let best = candidates.first {
            message += "; \(suggestion)"
            fixIt = FixIt("replace '\(name)' with '\(best)'", replacing: token.range, with: best)
        } else if previousShape == .names {
            notes.append(DiagnosticNote("to list several names, separate them with commas: 'by a, b'"))
        }
        report(.unknownKeyword, at: token.range, message, notes: notes, fixIt: fixIt)
    }

    /// Skips at least one token, then up to the next attribute keyword, `{`, `}` or line end.
    private mutating func skipToNextAttribute() {
        if !atLineEnd { advance() }
        while !atLineEnd, current.kind != .leftBrace, current.kind != .rightBrace {
            if source.attributeKeyword(current) != nil { return }
            advance()
        }
    }
}
