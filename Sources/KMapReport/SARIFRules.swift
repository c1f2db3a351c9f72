import KMapAnalysis
import KMapModel

/// The `rules` of a SARIF run over maps that may use different phase frameworks: every rule of
/// every framework once, in the order first met. A rule's id is its code, unless frameworks give
/// that code to different rules (`KM101` is `missing-consolidation` in one, `missing-share` in
/// another); then each of them is `code/slug`, SARIF's hierarchical form, so ids stay unique.
/// Rules of later stages that findings name (the evidence rules) follow the registry's.
struct SARIFRules {
    /// Each distinct rule with its SARIF id, in order.
    private(set) var descriptors: [(id: String, description: RuleDescription)] = []
    private var indexByRule: [RuleKey: Int] = [:]

    private struct RuleKey: Hashable {
        var code: String
        var slug: String
    }

    /// The rules of `frameworks`, then those of `findings` no framework has (the evidence rules).
    init(frameworks: [Framework], findings: [Finding] = []) {
        var seenFrameworks: Set<[String]> = []
        var distinct: [RuleDescription] = []
        let registered = frameworks.filter { seenFrameworks.insert($0.phases).inserted }.flatMap(RuleRegistry.descriptions(for:))
        for description in registered + findings.map(\.description) {
            let key = RuleKey(code: description.code, slug: description.slug)
            guard indexByRule[key] == nil else { continue }
            indexByRule[key] = distinct.count
            distinct.append(description)
        }
        var slugsByCode: [String: Set<String>] = [:]
        for description in distinct { slugsByCode[description.code, default: []].insert(description.slug) }
        descriptors = distinct.map { description in
            let shared = (slugsByCode[description.code]?.count ?? 0) > 1
            return (shared ? "\(description.code)/\(description.slug)" : description.code, description)
        }
    }

    /// The id and index in ``descriptors`` of a finding's rule.
    func reference(for description: RuleDescription) -> (id: String, index: Int)? {
        indexByRule[RuleKey(code: description.code, slug: description.slug)].map { (descriptors[$0].id, $0) }
    }
}
