/// What an import from another format (a CSV activity table, a workbook) produced: the map in
/// canonical layout, unless some problem is an error, and every problem, each in the terms of
/// the format it came from (a row, a cell).
public struct ImportResult<Problem: SeverityRated & Sendable>: Sendable {
    /// The map's text; nil when a problem is an error.
    public var mapText: String?
    /// Every problem found, in the order the import reports them.
    public var problems: [Problem]

    public init(mapText: String?, problems: [Problem]) {
        self.mapText = mapText
        self.problems = problems
    }

    /// How many problems are errors.
    public var errorCount: Int { problems.count { $0.severity == .error } }
}
