/// Entity declarations: stakeholders, repositories, groups and activities.

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
///
/// A value like every node of the tree, but its fields live in one immutable object that copies
/// share: a large map's declarations are copied out of their statements by every stage that
/// walks the tree, and a copy is then one reference instead of a dozen. Setting a field gives
/// this value fields of its own.
public struct EntityDecl: Hashable, Sendable {
    private var fields: Fields

    public init(
        kind: EntityKind, keyword: Identifier, id: Identifier, label: StringLiteral?,
        inlineAttributes: [Attribute] = [], block: AttributeBlock? = nil,
        trailingComment: Comment? = nil, range: SourceRange
    ) {
        fields = Fields(Values(kind: kind, keyword: keyword, id: id, label: label, inlineAttributes: inlineAttributes,
                               block: block, trailingComment: trailingComment, range: range))
    }

    public var kind: EntityKind {
        get { fields.values.kind }
        set { fields = fields.with { $0.kind = newValue } }
    }

    /// `stakeholder`, `repository`, a phase name such as `generation`, or `activity`.
    public var keyword: Identifier {
        get { fields.values.keyword }
        set { fields = fields.with { $0.keyword = newValue } }
    }

    public var id: Identifier {
        get { fields.values.id }
        set { fields = fields.with { $0.id = newValue } }
    }

    /// Nil when the label is missing (an error has been reported).
    public var label: StringLiteral? {
        get { fields.values.label }
        set { fields = fields.with { $0.label = newValue } }
    }

    /// Attributes written on the declaration's own line.
    public var inlineAttributes: [Attribute] {
        get { fields.values.inlineAttributes }
        set { fields = fields.with { $0.inlineAttributes = newValue } }
    }

    /// Attributes written in a `{ ... }` block after the declaration, if any.
    public var block: AttributeBlock? {
        get { fields.values.block }
        set { fields = fields.with { $0.block = newValue } }
    }

    /// A comment at the end of the declaration's line (after the `{` when it has a block).
    public var trailingComment: Comment? {
        get { fields.values.trailingComment }
        set { fields = fields.with { $0.trailingComment = newValue } }
    }

    public var range: SourceRange {
        get { fields.values.range }
        set { fields = fields.with { $0.range = newValue } }
    }

    /// Inline attributes followed by block attributes, in source order.
    public var attributes: [Attribute] { inlineAttributes + (block?.attributes ?? []) }

    /// The same attributes as ``attributes``, read in place: no array is built, which matters
    /// when every declaration of a large map is walked.
    public var attributeSequence: AttributeSequence {
        AttributeSequence(inline: fields.values.inlineAttributes, items: fields.values.block?.items ?? [])
    }

    public static func == (lhs: EntityDecl, rhs: EntityDecl) -> Bool {
        lhs.fields === rhs.fields || lhs.fields.values == rhs.fields.values
    }

    public func hash(into hasher: inout Hasher) { hasher.combine(fields.values) }
}

extension EntityDecl {
    /// The fields of a declaration, never changed once made.
    private final class Fields: Sendable {
        let values: Values

        init(_ values: Values) { self.values = values }

        /// New fields: these with `change` made.
        func with(_ change: (inout Values) -> Void) -> Fields {
            var values = values
            change(&values)
            return Fields(values)
        }
    }

    private struct Values: Hashable, Sendable {
        var kind: EntityKind
        var keyword: Identifier
        var id: Identifier
        var label: StringLiteral?
        var inlineAttributes: [Attribute]
        var block: AttributeBlock?
        var trailingComment: Comment?
        var range: SourceRange
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
