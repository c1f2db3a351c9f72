import Foundation
import KMapLSP

/// A small TextMate engine, enough for `editors/kmap.tmLanguage.json`: `match` rules with
/// captures, `begin`/`end` rules with inner patterns, `include` of the repository, and the
/// TextMate choice of the earliest match (the first rule on a tie). It gives the scopes of each
/// UTF-16 unit of a line, as an editor would colour it. Regular expressions are ICU's, which
/// read the grammar's patterns as Oniguruma does.
struct GrammarTokenizer {
    private let grammar: JSON
    private let rootScope: String

    init(contentsOf url: URL) throws {
        guard let grammar = JSON.parse(Array(try Data(contentsOf: url))) else { throw GrammarError(message: "the grammar is not JSON") }
        self.grammar = grammar
        rootScope = grammar["scopeName"]?.string ?? "source"
    }

    struct GrammarError: Error { var message: String }

    /// The scopes of each UTF-16 unit of `line`, outermost first.
    func scopes(of line: String) throws -> [[String]] {
        let text = line as NSString
        var scopes = Array(repeating: [rootScope], count: text.length)
        var position = 0
        let top = try rules(grammar["patterns"])
        while position < text.length {
            guard let (rule, match) = try earliest(top, in: line, from: position) else { break }
            if let end = rule["end"]?.string {
                position = try applyBlock(rule, begin: match, end: end, line: line, scopes: &scopes)
            } else {
                apply(rule, match, to: &scopes)
                position = max(match.range.upperBound, position + 1)
            }
        }
        return scopes
    }

    /// A begin/end rule from its begin match: scopes to the end match (or the end of the line).
    private func applyBlock(_ rule: JSON, begin: NSTextCheckingResult, end: String, line: String, scopes: inout [[String]]) throws -> Int {
        let length = (line as NSString).length
        let endPattern = try NSRegularExpression(pattern: end)
        let inner = try rules(rule["patterns"])
        var position = begin.range.upperBound
        let name = rule["name"]?.string
        while position <= length {
            let endMatch = endPattern.firstMatch(in: line, options: [.withTransparentBounds, .withoutAnchoringBounds],
                                                 range: NSRange(location: position, length: length - position))
            let innerMatch = try earliest(inner, in: line, from: position)
            if let (innerRule, match) = innerMatch, match.range.location < (endMatch?.range.location ?? Int.max) {
                apply(innerRule, match, to: &scopes, within: name)
                position = max(match.range.upperBound, position + 1)
                continue
            }
            let stop = endMatch?.range.upperBound ?? length
            if let name { for index in begin.range.location..<min(stop, length) { scopes[index].insert(name, at: 1) } }
            return max(stop, begin.range.upperBound + (stop == begin.range.upperBound ? 1 : 0))
        }
        return length
    }

    private func apply(_ rule: JSON, _ match: NSTextCheckingResult, to scopes: inout [[String]], within outer: String? = nil) {
        if let name = rule["name"]?.string { for index in match.range.location..<match.range.upperBound { scopes[index].append(name) } }
        guard case .object(let captures) = rule["captures"] ?? .null else { return }
        for key in captures.keys.compactMap(Int.init).sorted() where key < match.numberOfRanges {
            let range = match.range(at: key)
            guard range.location != NSNotFound, let name = captures[String(key)]?["name"]?.string else { continue }
            for index in range.location..<range.upperBound { scopes[index].append(name) }
        }
    }

    /// The rule whose pattern matches first at or after `position`.
    private func earliest(_ rules: [JSON], in line: String, from position: Int) throws -> (JSON, NSTextCheckingResult)? {
        let length = (line as NSString).length
        var best: (JSON, NSTextCheckingResult)?
        for rule in rules {
            guard let pattern = rule["match"]?.string ?? rule["begin"]?.string else { continue }
            let expression = try NSRegularExpression(pattern: pattern)
            guard let match = expression.firstMatch(in: line, options: [.withTransparentBounds, .withoutAnchoringBounds],
                                                    range: NSRange(location: position, length: length - position)) else { continue }
            if best == nil || match.range.location < best!.1.range.location { best = (rule, match) }
        }
        return best
    }

    /// The rules of a `patterns` list, includes resolved.
    private func rules(_ patterns: JSON?) throws -> [JSON] {
        try (patterns?.array ?? []).flatMap { pattern throws -> [JSON] in
            guard let include = pattern["include"]?.string else {
                return pattern["match"] == nil && pattern["begin"] == nil ? try rules(pattern["patterns"]) : [pattern]
            }
            guard include.hasPrefix("#"), let rule = grammar["repository"]?[String(include.dropFirst())] else {
                throw GrammarError(message: "cannot include '\(include)'")
            }
            return rule["match"] == nil && rule["begin"] == nil ? try rules(rule["patterns"]) : [rule]
        }
    }
}
