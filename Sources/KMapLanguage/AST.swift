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

/// What an ``EntityDecl`` declares.
public enum EntityKind: String, Hashable, Sendable {
    case stakeholder
    case repository
    /// A group of stakeholders given a label: `group co "Country offices"`.
    case group
    /// An activity; its phase is the declaration's keyword (`generation`, ...) or, for the
    /// generic keyword `activity`, its `phase` attribute.
    case activity
}

/// A stakeholder, repository or activity declaration:
/// `keyword id "Label" attribute* [{ block }]`.
public struct EntityDecl: Hashable, Sendable {
    public var kind: EntityKind
    /// `stakeholder`, `repository`, a phase name such as `generation`, or `activity`.
    public var keyword: Identifier
    public var id: Identifier
    /// Nil when the label is missing (an error has been reported).
    public var label: StringLiteral?
    /// Attributes written on the declaration's own line.
    public var inlineAttributes: [Attribute]
    /// Attributes written in a `{ ... }` block after the declaration, if any.
    public var block: AttributeBlock?
    /// A comment at the end of the declaration's line (after the `{` when it has a block).
    public var trailingComment: Comment?
    public var range: SourceRange

    public init(
        kind: EntityKind, keyword: Identifier, id: Identifier, label: StringLiteral?,
        inlineAttributes: [Attribute] = [], block: AttributeBlock? = nil,
        trailingComment: Comment? = nil, range: SourceRange
    ) {
        self.kind = kind
        self.keyword = keyword
        self.id = id
        self.label = label
        self.inlineAttributes = inlineAttributes
        self.block = block
        self.trailingComment = trailingComment
        self.range = range
    }

    /// Inline attributes followed by block attributes, in source order.
    public var attributes: [Attribute] { inlineAttributes + (block?.attributes ?? []) }

    /// The same attributes as ``attributes``, read in place: no array is built, which matters
    /// when every declaration of a large map is walked.
    public var attributeSequence: AttributeSequence {
        AttributeSequence(inline: inlineAttributes, items: block?.items ?? [])
    }
}

/// A declaration's inline attributes followed by the attributes of its block, in source order,
/// skipping the block's comments and blank lines (see ``EntityDecl/attributeSequence``).
public struct AttributeSequence: Sequence, Sendable {
    private let inline: [Attribute]
    private let items: [BlockItem]

    init(inline: [Attribute], items: [BlockItem]) {
        self.inline = inline
        self.items = items
    }

    public func makeIterator() -> Iterator {
        Iterator(inline: inline.makeIterator(), items: items.makeIterator())
    }

    /// Walks the inline attributes, then the block's items.
    public struct Iterator: IteratorProtocol {
        fileprivate var inline: IndexingIterator<[Attribute]>
        fileprivate var items: IndexingIterator<[BlockItem]>

        public mutating func next() -> Attribute? {
            if let attribute = inline.next() { return attribute }
            while let item = items.next() {
                if case .attribute(let attribute) = item { return attribute }
            }
            return nil
        }
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
public indirect enum Statement: Hashable, Sendable {
    case header(MapHeader)
    case entity(EntityDecl)
    case flow(FlowDecl)
    case wave(WaveDecl)
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
