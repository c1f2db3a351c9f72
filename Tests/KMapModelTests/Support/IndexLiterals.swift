@testable import KMapModel

/// Maps built by hand in these tests name declarations by position (`.activity(0)`,
/// `owners: [1]`), as only the resolver may make indices for a real map.
extension ModelIndex: ExpressibleByIntegerLiteral {
    public init(integerLiteral position: Int) { self.init(position) }
}
