import KMapText

/// Prints a ``MapFile`` in the canonical layout of `kmap fmt`.
///
/// The canonical form (see `docs/LANGUAGE.md`, "Canonical formatting"):
/// - two spaces of indentation per block level; blocks stay blocks with one attribute per line,
///   attributes written on a declaration's line stay there;
/// - in each run of consecutive declarations of the same kind (stakeholders, repositories or
///   activities), keywords and ids are padded to a common width, and so are the labels of the
///   declarations that carry attributes on their line;
/// - one space between tokens, `, ` between names, strings re-escaped, comments kept where they
///   stood (`#` followed by the comment's text, one space after a statement);
/// - single blank lines kept, none at the start or end of the file or of a block, and exactly
///   one line break at the end of a non-empty file.
///
/// Formatting is meant for trees parsed without errors; for those, parsing the output gives the
/// same tree (ranges aside) and formatting the output again changes nothing.
public enum Formatter {
    /// The canonical text of `file`.
    public static func format(_ file: MapFile) -> String {
        var printer = LinePrinter()
        printer.statements(file.statements)
        return printer.finish()
    }
}

extension LinePrinter {
    /// Prints a statement list, aligning each run of same-kind declarations.
    mutating func statements(_ statements: [Statement]) {
        var index = 0
        while index < statements.count {
            guard case .entity(let first) = statements[index] else {
                statement(statements[index])
                index += 1
                continue
            }
            var run = [first]
            var next = index + 1
            while next < statements.count, case .entity(let entity) = statements[next], entity.kind == first.kind {
                run.append(entity)
                next += 1
            }
            let columns = DeclarationColumns(run)
            for entity in run { declaration(entity, columns: columns) }
            index = next
        }
    }

    private mutating func statement(_ statement: Statement) {
        switch statement {
        case .header(let header):
            let title = header.title.map { " " + MapSourceText.quoted($0.value) } ?? ""
            if let block = header.block {
                openBlock(header.keyword.name + title, comment: header.trailingComment)
                self.block(block)
            } else {
                line(header.keyword.name + title, comment: header.trailingComment)
            }
        case .entity(let entity):
            declaration(entity, columns: DeclarationColumns([entity]))
        case .flow(let flow):
            var text = flow.stepGroups.map { $0.map(\.name).joined(separator: ", ") }.joined(separator: " -> ")
            if let label = flow.label { text += " : " + MapSourceText.quoted(label.value) }
            line(text, comment: flow.trailingComment)
        case .wave(let wave):
            let label = wave.label.map { " " + MapSourceText.quoted($0.value) } ?? ""
            openBlock("\(wave.keyword.name) \(wave.id.name)\(label)", comment: wave.trailingComment)
            indent += 1
            statements(wave.body)
            indent -= 1
            closeBlock(comment: wave.closingComment)
        case .comment(let comment):
            line(SyntaxText.comment(comment), comment: nil)
        case .blankLine:
            blankLine()
        }
    }

    private mutating func declaration(_ entity: EntityDecl, columns: DeclarationColumns) {
        let text = columns.line(for: entity, opensBlock: entity.block != nil)
        if let block = entity.block {
            openBlock(text, comment: entity.trailingComment)
            self.block(block)
        } else {
            line(text, comment: entity.trailingComment)
        }
    }

    /// The items of a block, one attribute per line, then the closing `}`.
    mutating func block(_ block: AttributeBlock) {
        indent += 1
        for item in block.items {
            switch item {
            case .attribute(let attribute):
                if case .block(let nested) = attribute.value {
                    openBlock(attribute.keyword.name, comment: attribute.trailingComment)
                    self.block(nested)
                } else {
                    line(SyntaxText.attribute(attribute), comment: attribute.trailingComment)
                }
            case .comment(let comment):
                line(SyntaxText.comment(comment), comment: nil)
            case .blankLine:
                blankLine()
            }
        }
        indent -= 1
        closeBlock(comment: block.closingComment)
    }
}
