/// Text written into `.kmap` source: the formatter's canonical layout and the map text the
/// spreadsheet importers write.
public enum MapSourceText {
    /// `text` as a string literal of the language: `"` and `\` escaped with a backslash (the only
    /// escapes the language has), and line breaks, which a literal cannot hold, written as spaces.
    /// Everything else is kept as written, so formatting a parsed map never changes a label.
    public static func quoted(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { result.unicodeScalars.append("\\") }
            result.unicodeScalars.append(scalar == "\n" || scalar == "\r" ? " " : scalar)
        }
        return result + "\""
    }
}
