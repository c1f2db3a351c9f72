import KMapAnalysis
import KMapModel

/// A finding present in both versions.
public struct PersistingFinding: Hashable, Sendable {
    public var old: Finding
    public var new: Finding
}

/// How the findings of the analysis changed: matched by rule and subject (never by line, which
/// moves), the old subject translated through renames.
public struct GapChanges: Hashable, Sendable {
    /// In the old version only: gaps closed. In old-file order.
    public var resolved: [Finding]
    /// In the new version only: gaps opened. In new-file order.
    public var introduced: [Finding]
    /// In both versions, in new-file order.
    public var persisting: [PersistingFinding]

    init(old: [Finding], in oldMap: KMap, new: [Finding], translation: IDTranslation) {
        var oldByKey: [FindingKey: CandidateQueue] = [:]
        for (index, finding) in old.enumerated() {
            oldByKey[FindingKey(slug: finding.slug, key: translation.key(of: finding, in: oldMap)), default: CandidateQueue()].append(index)
        }
        var matched = Array(repeating: false, count: old.count)
        var introduced: [Finding] = []
        var persisting: [PersistingFinding] = []
        for finding in new {
            if let index = oldByKey[FindingKey(slug: finding.slug, key: finding.key)]?.takeFirst() {
                matched[index] = true
                persisting.append(PersistingFinding(old: old[index], new: finding))
            } else {
                introduced.append(finding)
            }
        }
        self.resolved = old.indices.filter { !matched[$0] }.map { old[$0] }
        self.introduced = introduced
        self.persisting = persisting
    }
}

/// A rule and a subject's key: what makes two findings the same gap.
private struct FindingKey: Hashable {
    var slug: String
    var key: String
}
