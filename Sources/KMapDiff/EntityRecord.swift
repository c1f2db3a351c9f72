/// The value of one compared attribute, before it is written for people.
enum AttributeValue: Hashable, Sendable {
    /// A string the map writes in quotes (label, goal), or none.
    case quoted(String?)
    /// A keyword or number the map writes bare (cadence, technique, status, phase), or none.
    case word(String?)
    /// Ids whose order does not matter (owners, audience); translated through renames.
    case ids([String])
    /// One id or none (a repository's owner, an activity's wave); translated through renames.
    case id(String?)
    /// Texts whose order matters (indicators, notes, standards).
    case texts([String])
    /// Keywords whose order matters (a framework's phases).
    case words([String])
    case flag(Bool)

    /// The value with every id passed through `translate` (old versions use the new ids).
    func translated(_ translate: (String) -> String) -> AttributeValue {
        switch self {
        case .ids(let ids): .ids(ids.map(translate))
        case .id(let id): .id(id.map(translate))
        default: self
        }
    }

    /// True when two values say the same thing (sets of ids compare regardless of order).
    func isEquivalent(to other: AttributeValue) -> Bool {
        switch (self, other) {
        case (.ids(let left), .ids(let right)): left.sorted() == right.sorted()
        default: self == other
        }
    }

    /// The value as reports print it: lists joined by ", ", an absent value as `none`.
    var display: String {
        switch self {
        case .quoted(let text): text.map(Self.quote) ?? "none"
        case .word(let word), .id(let word): word ?? "none"
        case .ids(let ids): ids.isEmpty ? "none" : ids.joined(separator: ", ")
        case .words(let words): words.isEmpty ? "none" : words.joined(separator: ", ")
        case .texts(let texts): texts.isEmpty ? "none" : texts.map(Self.quote).joined(separator: ", ")
        case .flag(let flag): flag ? "yes" : "no"
        }
    }

    /// A string as the language writes it: in double quotes, with `"` and `\` escaped.
    static func quote(_ text: String) -> String {
        var result = "\""
        for character in text {
            if character == "\"" || character == "\\" { result.append("\\") }
            result.append(character)
        }
        return result + "\""
    }
}

/// An attribute's name and value.
struct NamedValue: Hashable, Sendable {
    var name: String
    var value: AttributeValue
}

/// A reference from one entity to another that says where it sits in the map (a flow to a
/// neighbour, an activity a stakeholder runs): the evidence rename detection compares.
struct Evidence: Hashable, Sendable, Comparable {
    var tag: String
    var id: String

    static func < (lhs: Evidence, rhs: Evidence) -> Bool { (lhs.tag, lhs.id) < (rhs.tag, rhs.id) }
}

/// A declaration whose id disappeared or appeared, as rename detection sees it.
struct EntityRecord: Sendable {
    var kind: EntityKind
    var id: String
    var label: String
    /// The phase name of an activity; rename candidates must share it.
    var phase: String?
    var evidence: [Evidence]
}
