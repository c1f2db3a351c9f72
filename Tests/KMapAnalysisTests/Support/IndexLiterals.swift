@testable import KMapModel

/// Maps built by hand in these tests name declarations by position (`.activity(0)`,
/// `owners: [1]`, `wave.start == 4`), as only the resolver may make indices for a real map.
extension ModelIndex: ExpressibleByIntegerLiteral {
    public init(integerLiteral position: Int) { self.init(position) }
}

extension NodeRef {
    static func activity(_ position: Int) -> NodeRef { .activity(ModelIndex(position)) }
    static func repository(_ position: Int) -> NodeRef { .repository(ModelIndex(position)) }
}

func == <Kind>(lhs: ModelIndex<Kind>?, rhs: Int?) -> Bool { lhs?.position == rhs }
