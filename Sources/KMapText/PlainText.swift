/// The one rule for characters that no kmap output carries raw.
///
/// Every escaper in this module starts from ``PlainText/clean(_:)``: a label, message or commit
/// subject reaches a terminal, a diagram, a report or a spreadsheet with the same characters.
public enum PlainText {
    /// `text` without characters that could move a terminal's cursor, change its colours, make XML
    /// invalid or hide in a spreadsheet cell: line breaks and tabs become spaces; the other C0
    /// controls, DEL, the C1 controls (U+0080-U+009F) and the non-characters U+FFFE and U+FFFF are
    /// dropped. Everything else, including right-to-left text, CJK and emoji, is kept as written.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isReplaced) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: result.append(" ")
            case _ where isDropped(scalar): continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// `text` cleaned, then each scalar for which `replacement` gives a string written as that
    /// string: the loop every escaper of this module shares.
    public static func escaping(_ text: String, _ replacement: (Unicode.Scalar) -> String?) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 8)
        for scalar in clean(text).unicodeScalars {
            if let replaced = replacement(scalar) { result += replaced } else { result.unicodeScalars.append(scalar) }
        }
        return result
    }

    /// Whether ``clean(_:)`` drops `scalar` (line breaks and tabs are replaced, not dropped).
    public static func isDropped(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFFFE, 0xFFFF: true
        default: false
        }
    }

    private static func isReplaced(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || isDropped(scalar)
    }
}
