/// Finds likely renames among declarations that disappeared and declarations that appeared:
/// same kind, same phase, and the same (or a very similar) label and place in the map.
///
/// Near-linear: candidates are grouped in hash buckets and at most ``candidateLimit`` of them are
/// compared for any one disappeared declaration, so no pairs are formed across the whole map.
///
/// 1. Same kind, phase and normalised label: pair those with the same evidence (flows to the same
///    neighbours, the same activities run); then, if exactly one of each is left, pair them;
///    otherwise pair each with the candidate it shares the most evidence with.
/// 2. What is left, grouped by kind, phase and (non-empty) evidence: pair those whose labels are
///    at least ``similarityThreshold`` alike.
struct RenameDetector {
    /// The most candidates compared for one disappeared declaration.
    static let candidateLimit = 32
    /// How alike (Dice coefficient of bigrams) two labels must be to count as "very similar".
    static let similarityThreshold = 0.6

    let removed: [EntityRecord]
    let added: [EntityRecord]
    /// Evidence that can be compared: references to ids declared in both versions, old ids
    /// already translated, sorted.
    private let removedEvidence: [[Evidence]]
    private let addedEvidence: [[Evidence]]

    /// - Parameters:
    ///   - translate: maps an old id to its new id (renames found earlier; identity otherwise).
    ///   - isStable: whether an id (a new id) is declared in both versions.
    init(removed: [EntityRecord], added: [EntityRecord], translate: (String) -> String, isStable: (String) -> Bool) {
        self.removed = removed
        self.added = added
        removedEvidence = removed.map { record in
            record.evidence.map { Evidence(tag: $0.tag, id: translate($0.id)) }.filter { isStable($0.id) }.sorted()
        }
        addedEvidence = added.map { $0.evidence.filter { isStable($0.id) }.sorted() }
    }

    /// The pairs found, as indices into `removed` and `added`.
    func pairs() -> [(removed: Int, added: Int)] {
        var pairs: [(removed: Int, added: Int)] = []
        var addedTaken = Array(repeating: false, count: added.count)
        var removedTaken = Array(repeating: false, count: removed.count)
        func pair(_ r: Int, _ a: Int) {
            pairs.append((r, a))
            removedTaken[r] = true
            addedTaken[a] = true
        }

        let labels = Buckets(removed: removed.indices.map { labelKey(removed[$0]) }, added: added.indices.map { labelKey(added[$0]) })
        for bucket in labels.all {
            var bySignature: [[Evidence]: CandidateQueue] = [:]
            for a in bucket.added { bySignature[addedEvidence[a], default: CandidateQueue()].append(a) }
            var leftover: [Int] = []
            for r in bucket.removed {
                if let a = bySignature[removedEvidence[r]]?.takeFirst() { pair(r, a) } else { leftover.append(r) }
            }
            var open = CandidateQueue(bucket.added.filter { !addedTaken[$0] })
            if leftover.count == 1, open.count == 1, let a = open.takeFirst() {
                pair(leftover[0], a)
                continue
            }
            for r in leftover {
                let best = open.best(limit: Self.candidateLimit) { Double(sharedCount(removedEvidence[r], addedEvidence[$0])) }
                if let best, best.score >= 1 {
                    open.take(position: best.position)
                    pair(r, best.item)
                }
            }
        }

        let places = Buckets(
            removed: removed.indices.map { removedTaken[$0] ? nil : placeKey(removed[$0], removedEvidence[$0]) },
            added: added.indices.map { addedTaken[$0] ? nil : placeKey(added[$0], addedEvidence[$0]) }
        )
        for bucket in places.all {
            var open = CandidateQueue(bucket.added)
            for r in bucket.removed {
                let label = LabelSimilarity.normalized(removed[r].label)
                let best = open.best(limit: Self.candidateLimit) { LabelSimilarity.dice(label, LabelSimilarity.normalized(added[$0].label)) }
                if let best, best.score >= Self.similarityThreshold {
                    open.take(position: best.position)
                    pair(r, best.item)
                }
            }
        }
        return pairs
    }

    /// Kind, phase and normalised label; nil for an empty label (nothing to recognise it by).
    private func labelKey(_ record: EntityRecord) -> String? {
        let label = LabelSimilarity.normalized(record.label)
        return label.isEmpty ? nil : "\(record.kind.rawValue)\u{1F}\(record.phase ?? "")\u{1F}\(label)"
    }

    /// Kind, phase and evidence; nil without evidence (no place in the map to recognise).
    private func placeKey(_ record: EntityRecord, _ evidence: [Evidence]) -> String? {
        guard !evidence.isEmpty else { return nil }
        var key = "\(record.kind.rawValue)\u{1F}\(record.phase ?? "")"
        for item in evidence { key += "\u{1F}\(item.tag):\(item.id)" }
        return key
    }
}

/// Disappeared and appeared declarations grouped by a key, in the order keys first appear among
/// the disappeared ones; only groups with both sides are kept.
private struct Buckets {
    private(set) var all: [(removed: [Int], added: [Int])] = []

    init(removed: [String?], added: [String?]) {
        var addedByKey: [String: [Int]] = [:]
        for (index, key) in added.enumerated() {
            if let key { addedByKey[key, default: []].append(index) }
        }
        var slot: [String: Int] = [:]
        for (index, key) in removed.enumerated() {
            guard let key, let candidates = addedByKey[key] else { continue }
            if let existing = slot[key] {
                all[existing].removed.append(index)
            } else {
                slot[key] = all.count
                all.append(([index], candidates))
            }
        }
    }
}
