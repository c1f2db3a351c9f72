/// The position of one declaration among the map's declarations of its kind: an
/// ``ActivityIndex`` indexes ``KMap/activities`` and nothing else, a ``StakeholderIndex``
/// ``KMap/stakeholders``, and so on. Only the resolver (and ``KMap/asIs()``, which renumbers)
/// makes them, so an index from a map is valid for that map by construction; a number from
/// outside (JSON, a request, another version of the map) becomes one only through the map's
/// checked `modelIndex(_:)` on the array it indexes.
///
/// It is a plain integer at run time: arrays parallel to a kind (a flag per stakeholder, a count
/// per activity) use ``position``, and the flow graph keeps its dense `Int` node numbers.
@frozen
public struct ModelIndex<Kind>: Hashable, Comparable, Sendable {
    /// The position in the array of declarations of this kind.
    public let position: Int

    @usableFromInline
    init(_ position: Int) { self.position = position }

    @inlinable
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.position < rhs.position }
}

/// An index into ``KMap/activities``.
public typealias ActivityIndex = ModelIndex<Activity>
/// An index into ``KMap/repositories``.
public typealias RepositoryIndex = ModelIndex<Repository>
/// An index into ``KMap/stakeholders``.
public typealias StakeholderIndex = ModelIndex<Stakeholder>
/// An index into ``KMap/waves``.
public typealias WaveIndex = ModelIndex<DeclaredWave>

extension Array {
    /// The element at a typed index: an array of activities takes only an ``ActivityIndex``.
    @inlinable
    public subscript(index: ModelIndex<Element>) -> Element { self[index.position] }

    /// The typed indices of this array, in order.
    @inlinable
    public var modelIndices: ModelIndices<Element> { ModelIndices(count: count) }

    /// Each element with its typed index, in order (what `enumerated()` is with positions).
    @inlinable
    public var withModelIndices: Zip2Sequence<ModelIndices<Element>, [Element]> { zip(modelIndices, self) }

    /// The typed index of a position that comes from outside the map (JSON, a request, another
    /// version), or nil when this array has no such position.
    public func modelIndex(_ position: Int) -> ModelIndex<Element>? {
        indices.contains(position) ? ModelIndex(position) : nil
    }
}

extension KMap {
    @inlinable public subscript(index: ActivityIndex) -> Activity { activities[index.position] }
    @inlinable public subscript(index: RepositoryIndex) -> Repository { repositories[index.position] }
    @inlinable public subscript(index: StakeholderIndex) -> Stakeholder { stakeholders[index.position] }
    @inlinable public subscript(index: WaveIndex) -> DeclaredWave { waves[index.position] }
}

/// The indices `0 ..< count` of an array of one kind, typed: what `indices` is for an array,
/// without allocating.
@frozen
public struct ModelIndices<Kind>: RandomAccessCollection, Hashable, Sendable {
    public let count: Int

    @usableFromInline
    init(count: Int) { self.count = count }

    @inlinable public var startIndex: Int { 0 }
    @inlinable public var endIndex: Int { count }
    @inlinable public subscript(position: Int) -> ModelIndex<Kind> {
        precondition(position >= 0 && position < count, "index out of range")
        return ModelIndex(position)
    }
}

extension ModelIndex: CustomStringConvertible {
    /// The position, as a number: what a DOT or Mermaid node name written from the index reads.
    public var description: String { String(position) }
}
