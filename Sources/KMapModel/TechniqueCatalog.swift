import KMapLanguage

/// kmap's built-in catalog of knowledge-management techniques, looked up by slug or alias.
public enum TechniqueCatalog {
    /// Every technique, in catalog order.
    public static let all: [Technique] = entries

    /// Slugs and aliases, each mapped to its technique's index in ``all``.
    private static let index: [String: Int] = {
        var index: [String: Int] = [:]
        for (position, technique) in entries.enumerated() {
            index[technique.slug] = position
            for alias in technique.aliases { index[alias] = position }
        }
        return index
    }()

    /// The technique named `slug`, which may also be one of its aliases (`pdsa`); nil when the
    /// catalog has no such technique.
    public static func technique(slug: String) -> Technique? {
        index[slug].map { entries[$0] }
    }

    /// The canonical slug for `name` (a slug or an alias), or nil when it is unknown.
    public static func canonicalSlug(_ name: String) -> String? {
        technique(slug: name)?.slug
    }

    /// Slugs to suggest for an unknown technique name, best first, at most `limit`: close
    /// spellings of a slug or an alias, then slugs that contain the name as a whole part
    /// (`coffee-trials` suggests `randomised-coffee-trials`).
    public static func suggestions(for name: String, limit: Int = 3) -> [String] {
        var slugs: [String] = []
        func add(_ slug: String) {
            if !slugs.contains(slug), slugs.count < limit { slugs.append(slug) }
        }
        let close = Suggestions.closest(to: name, among: index.keys, limit: limit)
        for candidate in close {
            if let position = index[candidate] { add(entries[position].slug) }
        }
        let lowered = name.lowercased()
        if lowered.count >= 3 {
            for technique in entries {
                let slug = technique.slug
                if slug.hasPrefix(lowered + "-") || slug.hasSuffix("-" + lowered) || slug.contains("-\(lowered)-") { add(slug) }
            }
        }
        return slugs
    }

    /// The techniques that serve the default-framework phase `phase` (`"capture"`), those that
    /// mainly serve it first, in catalog order otherwise.
    public static func techniques(serving phase: String) -> [Technique] {
        let serving = entries.filter { $0.serves(phase) }
        return serving.filter { $0.phases.first == phase } + serving.filter { $0.phases.first != phase }
    }
}
