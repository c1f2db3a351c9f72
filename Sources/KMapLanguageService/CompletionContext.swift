/// What the text of a line before the cursor expects next, read the way the language reads a
/// line: the first word decides the statement, an attribute keyword decides its value, and a
/// comma continues a list.
struct CompletionContext {
    /// The block the line stands in.
    enum Block { case none, header, rules, declaration }

    enum Expected: Equatable {
        case nothing, statementStart, stakeholder, group, node, phase, technique, rule
        case attribute([String])
        case cadence(plural: Bool)
        case values([String])
    }

    static let statementKeywords = ["map", "stakeholder", "repository", "group", "activity", "wave"]
    static let headerKeywords = ["goal", "standard", "phases", "optional", "alternatives", "rules"]
    static let ruleKeywords = ["disable", "enable", "severity"]
    static let declarationKeywords = [
        "by", "for", "every", "technique", "routine", "action", "status", "indicator", "note", "phase", "also",
        "broker", "external", "heard", "informed", "group", "owner",
    ]

    let expected: Expected

    init(linePrefix: String, block: Block) {
        if let comment = Self.comment(in: linePrefix) {
            expected = Self.isSuppression(comment) ? .rule : .nothing
            return
        }
        guard let tokens = Self.tokens(linePrefix) else {
            expected = .nothing
            return
        }
        expected = Self.expected(after: tokens, block: block)
    }

    private static func expected(after tokens: [String], block: Block) -> Expected {
        guard let last = tokens.last else {
            switch block {
            case .none: return .statementStart
            case .header: return .attribute(headerKeywords)
            case .rules: return .attribute(ruleKeywords)
            case .declaration: return .attribute(declarationKeywords)
            }
        }
        if tokens.contains("->") { return last == "->" || last == "," ? .node : .nothing }
        if let keyword = listKeyword(tokens), let expected = value(of: keyword, tokens: tokens) { return expected }
        if block == .rules || block == .header { return .nothing }
        return tokens.count >= 3 || block == .declaration ? .attribute(declarationKeywords) : .nothing
    }

    private static func value(of keyword: String, tokens: [String]) -> Expected? {
        switch keyword {
        case "by", "for", "owner": .stakeholder
        case "group": tokens.count > 1 ? .group : nil
        case "technique": .technique
        case "every": .cadence(plural: false)
        case "routine": .values(["summary", "synthesis", "reduction"])
        case "action": .values(["act", "resource", "buy-in"])
        case "status": .values(["existing", "planned"])
        case "phase", "also", "phases", "optional", "alternatives": .phase
        case "disable", "enable", "severity": .rule
        default:
            if tokens.count >= 2, tokens[tokens.count - 2] == "severity" { .values(["error", "warning", "info"]) }
            else if tokens.count >= 2, tokens[tokens.count - 2] == "every", Int(keyword) != nil { .cadence(plural: keyword != "1") }
            else { nil }
        }
    }

    /// The keyword whose value the cursor is in: the last word, or the keyword before a list
    /// the cursor continues after a comma (`by a, b, |`).
    private static func listKeyword(_ tokens: [String]) -> String? {
        var index = tokens.count - 1
        while index >= 0, tokens[index] == "," { index -= 2 }
        return index >= 0 ? tokens[index] : nil
    }

    /// The words before the cursor, strings as `"` and commas as words of their own, without
    /// the word being typed; nil inside an unterminated string.
    private static func tokens(_ prefix: String) -> [String]? {
        var tokens: [String] = []
        var word = ""
        var inString = false
        var escaped = false
        for character in prefix {
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
                continue
            }
            switch character {
            case "\"":
                inString = true
                tokens.append("\"")
            case " ", "\t", ",", "{", ":":
                if !word.isEmpty { tokens.append(word) }
                word = ""
                if character == "," { tokens.append(",") }
            default:
                word.append(character)
            }
        }
        if inString { return nil }
        if word == "->" || word.hasSuffix("->") { tokens.append(contentsOf: word == "->" ? ["->"] : [String(word.dropLast(2)), "->"]) }
        return tokens
    }

    /// The text after a `#` that is not inside a string, if the line has one.
    private static func comment(in prefix: String) -> Substring? {
        var inString = false
        var escaped = false
        for index in prefix.indices {
            let character = prefix[index]
            if inString {
                if escaped { escaped = false } else if character == "\\" { escaped = true } else if character == "\"" { inString = false }
            } else if character == "\"" {
                inString = true
            } else if character == "#" {
                return prefix[prefix.index(after: index)...]
            }
        }
        return nil
    }

    /// `kmap: ignore a, b` before any `--`: the cursor is where a rule is named.
    private static func isSuppression(_ comment: Substring) -> Bool {
        let text = comment.drop { $0 == " " }
        guard text.hasPrefix("kmap:") else { return false }
        let rest = text.dropFirst(5).drop { $0 == " " }
        return rest.hasPrefix("ignore ") && !rest.contains("--")
    }
}
