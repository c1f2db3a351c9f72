import KMapAnalysis
import KMapModel

/// A technique catalog entry cited by the remedies of a report's findings.
struct TechniqueEntry {
    var slug: String
    var anchor: String
    var name: String
    var summary: String
    var phases: String
    var timing: String?
    /// The names of the rules whose remedies cite it.
    var citedBy: String
    /// How the map already uses it: "used by 2 activities", or nil when it does not.
    var usage: String?

    /// The page anchor of a technique's entry.
    static func anchor(_ slug: String) -> String { "technique-\(slug)" }

    /// The techniques cited by the remedies of `ruleDescriptions` (the findings' rules, in the
    /// order the report lists them), in order of first citation. Slugs the catalog does not know
    /// are left out (the finding still names them).
    static func cited(by ruleDescriptions: [RuleDescription], in map: KMap) -> [TechniqueEntry] {
        var order: [String] = []
        var rules: [String: [String]] = [:]
        var describedRules: Set<String> = []
        for description in ruleDescriptions where describedRules.insert(description.slug).inserted {
            for slug in description.techniques where TechniqueCatalog.technique(slug: slug) != nil {
                if rules[slug] == nil { order.append(slug) }
                rules[slug, default: []].append(description.name)
            }
        }
        guard !order.isEmpty else { return [] }
        var uses: [String: Int] = [:]
        for activity in map.activities {
            if let name = activity.technique, let slug = TechniqueCatalog.canonicalSlug(name) { uses[slug, default: 0] += 1 }
        }
        return order.compactMap { slug in
            guard let technique = TechniqueCatalog.technique(slug: slug) else { return nil }
            let count = uses[slug] ?? 0
            return TechniqueEntry(
                slug: slug, anchor: anchor(slug), name: technique.name, summary: technique.summary,
                phases: technique.phases.joined(separator: ", "), timing: technique.timing?.rawValue,
                citedBy: (rules[slug] ?? []).joined(separator: ", "),
                usage: count == 0 ? nil : "already used by \(count) \(count == 1 ? "activity" : "activities") of this map"
            )
        }
    }
}
