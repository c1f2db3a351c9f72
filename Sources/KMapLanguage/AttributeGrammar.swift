/// The shape of value each attribute keyword takes: the one table the parser, the formatter and
/// the resolver share. Which declarations accept which attribute is checked by the resolver.
public enum AttributeShape: Hashable, Sendable {
    /// One or more names separated by commas (`by teachers, coaches`).
    case names
    /// Exactly one name (`technique peer-assist`).
    case name
    /// Two names separated by a space (`severity open-loop error`).
    case twoNames
    /// The keyword alone (`broker`).
    case flag
    /// A quoted string (`goal "..."`).
    case text
    /// `UNIT` or `NUMBER UNIT` (`every week`, `every 3 weeks`).
    case cadence
    /// A `{ ... }` block of attributes (`rules { ... }`).
    case block
}

/// The attribute keywords of the language and their value shapes.
public enum AttributeGrammar {
    /// Every attribute keyword, with the shape of its value.
    public static let shapes: [String: AttributeShape] = [
        "by": .names, "for": .names, "phases": .names, "disable": .names, "enable": .names,
        "group": .name, "owner": .name, "technique": .name, "routine": .name, "action": .name,
        "status": .name, "phase": .name,
        "severity": .twoNames,
        "broker": .flag, "external": .flag, "heard": .flag, "informed": .flag,
        "also": .name, "optional": .names, "alternatives": .names,
        "goal": .text, "standard": .text, "indicator": .text, "note": .text,
        "every": .cadence,
        "rules": .block,
    ]

    /// All attribute keywords, sorted (for suggestions and documentation).
    public static let keywords: [String] = shapes.keys.sorted()

    /// The shape of `keyword`'s value, or nil when it is not an attribute keyword.
    public static func shape(of keyword: String) -> AttributeShape? { shapes[keyword] }
}

/// The keywords that start a statement; any other name followed by a name starts an activity
/// whose keyword is its phase.
public enum StatementKeyword {
    public static let map = "map"
    public static let wave = "wave"
    public static let stakeholder = "stakeholder"
    public static let repository = "repository"
    /// `group ID "Label"`: names a group of stakeholders.
    public static let group = "group"
    /// The generic activity keyword, used with a `phase` attribute.
    public static let activity = "activity"
}
