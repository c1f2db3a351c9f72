import KMapAnalysis

/// Counts and phrases shared by every way of writing a ``MapDiff``.
extension MapDiff {
    /// The structural changes of one kind of entity, in report order.
    func changes(of entity: EntityKind) -> [StructuralChange] {
        changes.filter { $0.entity == entity }
    }

    /// The kinds of entities that changed, in report order.
    var changedKinds: [EntityKind] {
        EntityKind.allCases.filter { kind in changes.contains { $0.entity == kind } }
    }

    /// `7 added, 1 removed, 2 renamed` for `changes` (kinds with none left out).
    static func countPhrase(_ changes: [StructuralChange]) -> String {
        ChangeKind.allCases.compactMap { kind in
            let count = changes.count { $0.change == kind }
            return count == 0 ? nil : "\(count) \(kind.rawValue)"
        }.joined(separator: ", ")
    }

    /// `4 resolved, 2 introduced, 1 persisting`.
    var gapPhrase: String {
        "\(gaps.resolved.count) resolved, \(gaps.introduced.count) introduced, \(gaps.persisting.count) persisting"
    }

    /// The waves that moved, in report order.
    public var changedWaves: [WaveProgress] { waves.filter(\.isChanged) }

    /// A finding's 1-based line in the version it comes from.
    static func line(of finding: Finding, in analysis: AnalysisResult) -> Int {
        analysis.map.source.line(of: finding.range.start)
    }
}

extension StructuralChange {
    /// The id as reports show it: `old -> new` for a rename.
    var displayID: String {
        previousID.map { "\($0) -> \(id)" } ?? id
    }

    /// What follows the id: the quoted label and, for activities, the phase.
    var displayDetail: String {
        var parts: [String] = []
        if entity == .flow {
            if !label.isEmpty { parts.append(": " + AttributeValue.quote(label)) }
        } else if entity != .map {
            parts.append(AttributeValue.quote(label))
        }
        if let phase { parts.append("(\(phase))") }
        return parts.joined(separator: " ")
    }
}
