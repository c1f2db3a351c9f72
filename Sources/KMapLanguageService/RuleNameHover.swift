import KMapAnalysis
import KMapLanguage

extension CheckedDocument {
    /// The rule named at `offset` where the language expects a rule name (`disable`, `enable`
    /// and `severity` in `rules { }`, the names of a `# kmap: ignore` comment), by slug or code,
    /// for the map's framework; and the name's range.
    func ruleName(at offset: Int) -> (RuleDescription, SourceRange)? {
        guard let range = word(at: offset) else { return nil }
        let context = CompletionContext(linePrefix: linePrefix(upTo: range.start), block: blockKind(at: range.start))
        guard context.expected == .rule,
              let rule = RuleRegistry.description(named: source.text(in: range), framework: result.map.framework)
        else { return nil }
        return (rule, range)
    }

    /// The run of name characters (letters, digits, `-`, `_`) around `offset`, if any.
    private func word(at offset: Int) -> SourceRange? {
        let bytes = source.bytes
        func isName(_ byte: UInt8) -> Bool {
            (byte >= 0x30 && byte <= 0x39) || (byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) || byte == 0x2D || byte == 0x5F
        }
        var start = min(offset, bytes.count), end = start
        while start > 0, isName(bytes[start - 1]) { start -= 1 }
        while end < bytes.count, isName(bytes[end]) { end += 1 }
        return start < end ? SourceRange(start: start, end: end) : nil
    }
}
