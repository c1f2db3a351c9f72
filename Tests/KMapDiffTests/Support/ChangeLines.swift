import KMapDiff

extension MapDiff {
    /// Each structural change on one line: `changed activity adopt: status planned -> existing`,
    /// `renamed activity pdsa -> cycles`.
    var changeLines: [String] {
        changes.map { change in
            var line = "\(change.change.rawValue) \(change.entity.rawValue) " + (change.previousID.map { "\($0) -> " } ?? "") + change.id
            if !change.attributes.isEmpty { line += ": " + change.attributes.map(\.line).joined(separator: "; ") }
            return line
        }
    }
}
