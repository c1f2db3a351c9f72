/// Cleaning and wrapping of user text before it goes into any diagram format.
enum DisplayText {
    /// `text` without characters that no output format can carry: line breaks and tabs become
    /// spaces, other C0 control characters, DEL and the non-characters U+FFFE/U+FFFF are dropped
    /// (they make SVG invalid XML). Everything else, including right-to-left text, CJK and emoji,
    /// is kept as written.
    static func clean(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x09, 0x0A, 0x0D: result.append(" ")
            case 0x00...0x1F, 0x7F, 0xFFFE, 0xFFFF: continue
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    /// `count` and its noun, plural unless the count is one: "1 wave", "3 waves"; the plural is
    /// the noun with an "s" unless given.
    static func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
    }

    /// Splits cleaned text into lines of at most `width` characters, breaking at spaces; a word
    /// longer than `width` (CJK text has no spaces) is cut into pieces; at most
    /// ``LabelFitting/maximumLines`` lines (see ``LabelFitting``). Never returns an empty array.
    static func wrap(_ text: String, width: Int) -> [String] {
        LabelFitting.lines(clean(text), width: width)
    }
}
