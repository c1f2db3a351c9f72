/// Names joined as an English list, as findings write them.
public enum ProseList {
    /// `a`, `a and b`, `a, b and c`; empty for no names.
    public static func joined(_ names: [String]) -> String {
        guard names.count > 1, let last = names.last else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + last
    }
}
