import KMapLanguage

/// Where an attribute stands, which decides the keywords allowed there.
enum AttributeContext: CaseIterable {
    case header, rules, stakeholder, repository, activity, group

    /// The attribute keywords valid in this context.
    var keywords: Set<String> {
        switch self {
        case .header: Self.headerKeywords
        case .rules: Self.rulesKeywords
        case .stakeholder: Self.stakeholderKeywords
        case .repository: Self.repositoryKeywords
        case .activity: Self.activityKeywords
        case .group: []
        }
    }

    private static let headerKeywords: Set<String> = ["goal", "standard", "phases", "optional", "alternatives", "rules"]
    private static let rulesKeywords: Set<String> = ["disable", "enable", "severity"]
    private static let stakeholderKeywords: Set<String> = ["broker", "external", "group", "heard", "informed"]
    private static let repositoryKeywords: Set<String> = ["owner"]
    private static let activityKeywords: Set<String> = [
        "by", "for", "every", "technique", "routine", "action", "status", "indicator", "note", "phase", "also",
    ]

    /// "on an activity", "in the map header", for "not valid ..." messages.
    var singular: String {
        switch self {
        case .header: "in the map header"
        case .rules: "in a 'rules' block"
        case .stakeholder: "on a stakeholder"
        case .repository: "on a repository"
        case .activity: "on an activity"
        case .group: "on a group"
        }
    }

    /// "on activities", "in the map header", for "valid ..." messages.
    var plural: String {
        switch self {
        case .header: "in the map header"
        case .rules: "in a 'rules' block"
        case .stakeholder: "on stakeholders"
        case .repository: "on repositories"
        case .activity: "on activities"
        case .group: "on groups"
        }
    }

    /// Attributes that take one value: a second one is reported (W002) and ignored. The others
    /// (`by`, `for`, `indicator`, `note`, `standard`, `disable`, `enable`, `severity`) accumulate.
    static let singleValued: Set<String> = [
        "broker", "external", "group", "owner", "every", "technique", "routine", "action", "status", "phase",
        "goal", "phases", "rules", "heard", "informed", "also", "optional",
    ]
}

extension ResolverState {
    /// Whether `attribute` may stand in `context`; reports E016, saying where it is valid, when not.
    mutating func isPlaced(_ attribute: Attribute, in context: AttributeContext) -> Bool {
        let keyword = attribute.keyword.name
        guard !context.keywords.contains(keyword) else { return true }
        let places = AttributeContext.allCases.filter { $0.keywords.contains(keyword) }.map(\.plural)
        var message = "'\(keyword)' is not valid \(context.singular)"
        if !places.isEmpty { message += "; it is valid \(places.joined(separator: " and "))" }
        report(.attributeNotValid, at: attribute.keyword.range, message)
        return false
    }

    /// Whether `attribute` repeats a single-valued attribute already in `seen` (reports W002;
    /// the first value is kept). Records first uses in `seen`, which a declaration's few
    /// attributes keep short enough to scan.
    mutating func isRepeated(_ attribute: Attribute, seen: inout [Identifier]) -> Bool {
        let keyword = attribute.keyword.name
        guard AttributeContext.singleValued.contains(keyword) else { return false }
        guard let first = seen.first(where: { $0.name == keyword }) else {
            seen.append(attribute.keyword)
            return false
        }
        report(.duplicateAttribute, .warning, at: attribute.keyword.range, "'\(keyword)' is given more than once; the first one is kept",
               notes: [DiagnosticNote("first given here", at: first.range)])
        return true
    }

    /// Phase-dependent placement on activities: `routine` on consolidation and `action` on
    /// application in the default framework (any phase in a custom one), and `phase` only with
    /// the generic keyword `activity`. Reports E016 when misplaced.
    mutating func isPlacedOnActivity(_ attribute: Attribute, keyword declarationKeyword: Identifier, phase: Int) -> Bool {
        let keyword = attribute.keyword.name
        switch keyword {
        case "routine", "action":
            let required = keyword == "routine" ? "consolidation" : "application"
            guard framework.isDefault, framework.phases[phase] != required else { return true }
            report(.attributeNotValid, at: attribute.keyword.range,
                   "'\(keyword)' is valid only on \(required) activities, and this activity is in \(framework.phases[phase])")
            return false
        case "phase":
            guard declarationKeyword.name != StatementKeyword.activity else { return true }
            report(.attributeNotValid, at: attribute.keyword.range,
                   "'phase' is valid only with the generic keyword 'activity'; "
                       + "here the keyword '\(declarationKeyword.name)' gives the phase")
            return false
        default:
            return true
        }
    }
}
