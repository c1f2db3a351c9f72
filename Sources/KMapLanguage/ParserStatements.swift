/// Statement rules: the file, map header, waves, declarations and flows.
extension ParserState {
    /// Where a list of statements stands, which decides how it ends.
    enum StatementContext {
        case file
        /// Inside `wave ... {`: ends at `}`; only activities and flows belong there.
        case wave
    }

    /// Parses the whole file.
    mutating func parseFile() -> [Statement] {
        var statements: [Statement] = []
        _ = parseStatements(into: &statements, context: .file)
        return statements
    }

    /// Parses statements until the end of the file or, in a wave, a closing `}` line.
    /// Returns the `}` token that ended a wave, or nil when the wave was not closed.
    mutating func parseStatements(into statements: inout [Statement], context: StatementContext) -> Token? {
        while true {
            switch current.kind {
            case .endOfFile:
                trimTrailingBlankLine(&statements)
                return nil
            case .newline:
                advance()
                if let last = statements.last, last != .blankLine { statements.append(.blankLine) }
            case .comment:
                statements.append(.comment(takeComment()))
                if current.kind == .newline { advance() }
            case .rightBrace where context == .wave:
                trimTrailingBlankLine(&statements)
                return advance()
            case .identifier:
                if context == .wave, source.token(current, is: "wave") || source.token(current, is: "map") {
                    trimTrailingBlankLine(&statements)
                    return nil
                }
                if let statement = parseStatement(context: context) { statements.append(statement) }
            default:
                reportUnexpected(expected: "a declaration or a flow")
                skipStatement()
            }
        }
    }

    private func trimTrailingBlankLine(_ statements: inout [Statement]) {
        if statements.last == .blankLine { statements.removeLast() }
    }

    /// One statement starting at an identifier; nil when it had to be dropped.
    private mutating func parseStatement(context: StatementContext) -> Statement? {
        if peek(1).kind == .arrow || peek(1).kind == .comma { return parseFlow().map(Statement.flow) }
        if source.token(current, is: "map") { return .header(parseHeader()) }
        if source.token(current, is: "wave") { return parseWave().map(Statement.wave) }
        let kind: EntityKind? = source.token(current, is: "stakeholder") ? .stakeholder
            : source.token(current, is: "repository") ? .repository
            : source.token(current, is: "group") && peek(1).kind == .identifier ? .group : nil
        if let kind {
            let keyword = current
            let entity = parseEntity(kind: kind)
            if context == .wave {
                report(.unexpectedToken, at: keyword.range,
                       "a wave holds only activities and flows; move this \(source.text(of: keyword)) out of the wave")
                return nil
            }
            return entity.map(Statement.entity)
        }
        return parseEntity(kind: .activity).map(Statement.entity)
    }

    /// `map "Title" [{ ... }]`.
    private mutating func parseHeader() -> MapHeader {
        let keyword = source.identifier(advance())
        var title: StringLiteral?
        if current.kind == .string {
            title = source.stringLiteral(advance())
        } else {
            report(.missingLabel, at: .empty(at: previousEnd), "missing title: write the map's title in quotes after 'map'")
        }
        var header = MapHeader(keyword: keyword, title: title, block: nil, range: keyword.range.union(title?.range ?? keyword.range))
        if current.kind == .leftBrace {
            let opened = parseBlock(depth: 0)
            header.block = opened.block
            header.trailingComment = opened.comment
            header.range = header.range.union(opened.block.range)
        } else {
            if !atLineEnd {
                reportUnexpected(expected: "'{' or the end of the line after the map title")
                skipToLineEnd()
            }
            header.trailingComment = finishLine()
        }
        return header
    }

    /// `wave id "Label" { statements }`.
    private mutating func parseWave() -> WaveDecl? {
        let keyword = source.identifier(advance())
        guard current.kind == .identifier else {
            report(.missingIdentifier, at: atLineEnd ? .empty(at: previousEnd) : current.range,
                   "missing id: a wave needs an id after 'wave'")
            skipStatement()
            return nil
        }
        let id = source.identifier(advance())
        var wave = WaveDecl(keyword: keyword, id: id, label: nil, body: [], range: keyword.range.union(id.range))
        if current.kind == .string {
            wave.label = source.stringLiteral(advance())
        } else {
            report(.missingLabel, at: .empty(at: previousEnd), "missing label: write the wave's label in quotes after '\(id.name)'")
        }
        guard current.kind == .leftBrace else {
            reportUnexpected(expected: "'{' to open the wave's body")
            skipToLineEnd()
            wave.trailingComment = finishLine()
            return wave
        }
        let brace = advance()
        wave.trailingComment = finishBlockOpening()
        let closing = parseStatements(into: &wave.body, context: .wave)
        if let closing {
            wave.range = wave.range.union(closing.range)
            wave.closingComment = finishLine()
        } else {
            reportUnclosed(brace, what: "wave '\(id.name)'")
            wave.range = wave.range.union(.empty(at: previousEnd))
        }
        return wave
    }

    /// `keyword id "Label" attributes [{ block }]` for stakeholders, repositories and activities.
    private mutating func parseEntity(kind: EntityKind) -> EntityDecl? {
        let keyword = source.identifier(advance())
        guard current.kind == .identifier else {
            let what = kind == .activity ? "an activity" : "a \(kind.rawValue)"
            report(.missingIdentifier, at: atLineEnd ? .empty(at: previousEnd) : current.range,
                   "missing id: \(what) needs an id after '\(keyword.name)'",
                   notes: kind == .activity ? [DiagnosticNote("a line starting with a name declares an activity of that phase: 'PHASE id \"Label\"'")] : [])
            skipStatement()
            return nil
        }
        let id = source.identifier(advance())
        var label: StringLiteral?
        var range = keyword.range.union(id.range)
        if current.kind == .string {
            let literal = source.stringLiteral(advance())
            label = literal
            range = range.union(literal.range)
        } else {
            report(.missingLabel, at: .empty(at: previousEnd), "missing label: write a label in quotes after '\(id.name)'",
                   fixIt: FixIt("add a label", replacing: .empty(at: previousEnd), with: " \"\(id.name)\""))
        }
        let inlineAttributes = parseInlineAttributes()
        if let last = inlineAttributes.last { range = range.union(last.range) }
        var block: AttributeBlock?
        let trailingComment: Comment?
        if current.kind == .leftBrace {
            let opened = parseBlock(depth: 0)
            block = opened.block
            trailingComment = opened.comment
            range = range.union(opened.block.range)
        } else {
            trailingComment = finishLine()
        }
        return EntityDecl(kind: kind, keyword: keyword, id: id, label: label, inlineAttributes: inlineAttributes,
                          block: block, trailingComment: trailingComment, range: range)
    }

    /// `a -> b, c -> d [: "label"]`: steps separated by `->`, each one or more ids separated by `,`.
    private mutating func parseFlow() -> FlowDecl? {
        var steps: [Identifier] = []
        // Most flows are a chain of a few single ids: one allocation, and step sizes only counted
        // once a step lists several ids.
        steps.reserveCapacity(5)
        steps.append(source.identifier(advance()))
        var sizes: [Int] = []
        var stepCount = 1
        while current.kind == .arrow || current.kind == .comma {
            let separator = advance()
            guard current.kind == .identifier else {
                let after = separator.kind == .arrow ? "'->'" : "',' in a flow"
                report(.missingIdentifier, at: atLineEnd ? .empty(at: previousEnd) : current.range,
                       "missing id: expected the id of a node after \(after), found \(source.describe(current))")
                skipStatement()
                return nil
            }
            steps.append(source.identifier(advance()))
            if separator.kind == .arrow {
                stepCount += 1
                if !sizes.isEmpty { sizes.append(1) }
            } else {
                if sizes.isEmpty { sizes = Array(repeating: 1, count: stepCount) }
                sizes[sizes.count - 1] += 1
            }
        }
        guard stepCount >= 2 else {
            report(.missingIdentifier, at: .empty(at: previousEnd),
                   "missing '->': a flow needs '->' between the nodes it connects")
            skipStatement()
            return nil
        }
        var flow = FlowDecl(steps: steps, stepSizes: sizes,
                            range: steps[0].range.union(steps[steps.count - 1].range))
        if current.kind == .colon {
            let colon = advance()
            flow.range = flow.range.union(colon.range)
            if current.kind == .string {
                let label = source.stringLiteral(advance())
                flow.label = label
                flow.range = flow.range.union(label.range)
            } else {
                report(.missingLabel, at: .empty(at: previousEnd), "missing label: write the flow's label in quotes after ':'")
            }
        }
        flow.trailingComment = finishLine()
        return flow
    }
}
