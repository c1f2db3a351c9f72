import KMapText

/// Cleaning and wrapping of user text before it goes into any diagram format.
enum DisplayText {
    /// `count` and its noun, plural unless the count is one: "1 wave", "3 waves"; the plural is
    /// the noun with an "s" unless given.
    static func counted(_ count: Int, _ noun: String, plural: String? = nil) -> String {
        "\(count) " + (count == 1 ? noun : plural ?? noun + "s")
    }

    /// Splits cleaned text into lines of at most `width` characters, breaking at spaces; a word
    /// longer than `width` (CJK text has no spaces) is cut into pieces; at most
    /// ``LabelFitting/maximumLines`` lines (see ``LabelFitting``). Never returns an empty array.
    static func wrap(_ text: String, width: Int) -> [String] {
        LabelFitting.lines(PlainText.clean(text), width: width)
    }
}
