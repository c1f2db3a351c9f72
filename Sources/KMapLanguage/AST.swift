/// The syntax tree of a `.kmap` file. Every node keeps its ``SourceRange``; comments and single
/// blank lines are kept as items so the formatter can print the file back without losing them.

/// A name as written in the source, such as an activity id or a keyword.
public struct Identifier: Hashable, Sendable {
    public var name: String
    public var range: SourceRange

    public init(_ name: String, range: SourceRange) {
        self.name = name
        self.range = range
    }
}

/// A double-quoted string; `value` has its escapes (`\"`, `\\`) already decoded.
public struct StringLiteral: Hashable, Sendable {
    public var value: String
    public var range: SourceRange

    public init(_ value: String, range: SourceRange) {
        self.value = value
        self.range = range
    }
}

/// A `#` comment. `text` is everything after the `#`, without the line terminator.
public struct Comment: Hashable, Sendable {
    public var text: String
    public var range: SourceRange

    public init(_ text: String, range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// A cadence as written after `every`: `week`, `quarter`, `3 weeks`, `2 months`.
public struct CadenceSyntax: Hashable, Sendable {
    /// The number before the unit, if any (`3` in `every 3 weeks`).
    public var count: Int?
    /// The unit word as written (`week`, `weeks`, `half-year`, ...).
    public var unit: Identifier
    public var range: SourceRange

    public init(count: Int?, unit: Identifier, range: SourceRange) {
        self.count = count
        self.unit = unit
        self.range = range
    }
}

/// The value that follows an attribute keyword. Which shape a keyword takes is fixed by the
/// language (see `docs/LANGUAGE.md`), so a value never needs guessing downstream.
public enum AttributeValue: Hashable, Sendable {
    /// A keyword that stands alone: `broker`, `external`.
    case flag
    /// One or more names separated by commas: `by teachers, coaches`, `technique peer-assist`,
    /// `phases create, share, use`, `severity open-loop error` (two names, no comma).
    case names([Identifier])
    /// A string: `goal "..."`, `indicator "..."`, `note "..."`.
    case text(StringLiteral)
    /// A cadence: `every week`, `every 3 weeks`.
    case cadence(CadenceSyntax)
    /// A nested block: the `rules { ... }` section of the map header.
    case block(AttributeBlock)
}

/// `keyword value`, e.g. `by coaches`, `every quarter`, `indicator "Share of schools attending"`.
public struct Attribute: Hashable, Sendable {
    public var keyword: Identifier
    public var value: AttributeValue
    /// A comment at the end of this attribute's line, when the attribute is the last on its line
    /// inside a block.
    public var trailingComment: Comment?
    public var range: SourceRange

    public init(keyword: Identifier, value: AttributeValue, trailingComment: Comment? = nil, range: SourceRange) {
        self.keyword = keyword
        self.value = value
        self.trailingComment = trailingComment
        self.range = range
    }
}

/// One line-level item of a `{ ... }` block.
public enum BlockItem: Hashable, Sendable {
    case attribute(Attribute)
    case comment(Comment)
    case blankLine
}

/// A `{ ... }` block of attributes, one or more per line.
public struct AttributeBlock: Hashable, Sendable {
    public var items: [BlockItem]
    public var range: SourceRange
    /// A comment after the closing `}`, on the same line.
    public var closingComment: Comment?

    public init(items: [BlockItem], range: SourceRange, closingComment: Comment? = nil) {
        self.items = items
        self.range = range
        self.closingComment = closingComment
    }

    /// The attributes of the block, in order, without comments and blank lines.
    public var attributes: [Attribute] {
        items.compactMap { if case .attribute(let attribute) = $0 { attribute } else { nil } }
    }
}

/// A chain of flows `a -> b -> c`, optionally labelled `: "label"` (the label applies to every
/// step of the chain). A step may list several ids (`brief -> cop, bulletin` fans out,
/// `a, b -> synthesis` fans in): every id of a step flows to every id of the next.
public struct FlowDecl: Hashable, Sendable {
    /// Every id of the chain, step after step: at least two.
    public var steps: [Identifier]
    /// How many ids each step holds, when some step holds more than one (`a -> b, c` is `[1, 2]`);
    /// empty when every step is a single id, the common case, so that it costs nothing.
    public var stepSizes: [Int]
    public var label: StringLiteral?
    public var trailingComment: Comment?
    public var range: SourceRange

    public init(steps: [Identifier], stepSizes: [Int] = [], label: StringLiteral? = nil, trailingComment: Comment? = nil,
                range: SourceRange) {
        self.steps = steps
        self.stepSizes = stepSizes
        self.label = label
        self.trailingComment = trailingComment
        self.range = range
    }

    /// The ids of each step, in order: `a -> b, c` gives `[[a], [b, c]]`.
    public var stepGroups: [ArraySlice<Identifier>] {
        guard !stepSizes.isEmpty else { return steps.indices.map { steps[$0...$0] } }
        var groups: [ArraySlice<Identifier>] = []
        var start = steps.startIndex
        for size in stepSizes {
            let end = min(start + size, steps.endIndex)
            groups.append(steps[start..<end])
            start = end
        }
        return groups
    }
}

/// `map "Title" { goal ... standard ... phases ... rules { ... } }`.
public struct MapHeader: Hashable, Sendable {
    public var keyword: Identifier
    public var title: StringLiteral?
    public var block: AttributeBlock?
    public var trailingComment: Comment?
    public var range: SourceRange

    public init(keyword: Identifier, title: StringLiteral?, block: AttributeBlock?, trailingComment: Comment? = nil, range: SourceRange) {
        self.keyword = keyword
        self.title = title
        self.block = block
        self.trailingComment = trailingComment
        self.range = range
    }
}

/// `wave id "Label" { statements }`: activities and flows grouped into one named wave.
public struct WaveDecl: Hashable, Sendable {
    public var keyword: Identifier
    public var id: Identifier
    public var label: StringLiteral?
    public var body: [Statement]
    /// A comment after the opening `{`.
    public var trailingComment: Comment?
    /// A comment after the closing `}`, on the same line.
    public var closingComment: Comment?
    public var range: SourceRange

    public init(
        keyword: Identifier, id: Identifier, label: StringLiteral?, body: [Statement],
        trailingComment: Comment? = nil, closingComment: Comment? = nil, range: SourceRange
    ) {
        self.keyword = keyword
        self.id = id
        self.label = label
        self.body = body
        self.trailingComment = trailingComment
        self.closingComment = closingComment
        self.range = range
    }
}

/// A top-level (or wave-level) line item of a map file.
///
/// Declarations, most of a file's statements, are stored inline: an ``EntityDecl`` is one
/// reference already. The other statements are boxed, which keeps a statement small.
public enum Statement: Hashable, Sendable {
    indirect case header(MapHeader)
    case entity(EntityDecl)
    indirect case flow(FlowDecl)
    indirect case wave(WaveDecl)
    /// A comment on a line of its own.
    case comment(Comment)
    /// One or more blank lines between statements (kept as one).
    case blankLine
}

/// A whole parsed `.kmap` file.
public struct MapFile: Hashable, Sendable {
    public var statements: [Statement]
    /// Every comment in the file in source order, wherever it stands (used for suppressions).
    public var comments: [Comment]

    public init(statements: [Statement], comments: [Comment]) {
        self.statements = statements
        self.comments = comments
    }
}
