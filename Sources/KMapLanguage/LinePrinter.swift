import KMapText

/// Builds formatted text line by line: indentation, trailing comments, and blank lines that are
/// kept single and never printed at the start or end of the file or of a block.
struct LinePrinter {
    private var output = ""
    /// The current block depth; each level indents by two spaces.
    var indent = 0
    /// A blank line was requested and will be printed before the next line, if one comes at
    /// the same level.
    private var blankPending = false
    /// Nothing has been printed yet at this level (start of the file or just after a `{`).
    private var atLevelStart = true

    /// Prints one line, with its trailing comment one space after the text.
    mutating func line(_ text: String, comment: Comment?) {
        if blankPending { output += "\n" }
        blankPending = false
        atLevelStart = false
        output += String(repeating: "  ", count: indent)
        output += text
        if let comment { output += " " + SyntaxText.comment(comment) }
        output += "\n"
    }

    /// Prints `text {` (and the comment after the brace); what follows is one level deeper.
    mutating func openBlock(_ text: String, comment: Comment?) {
        line(text + " {", comment: comment)
        atLevelStart = true
    }

    /// Prints the `}` that ends a block; a pending blank line before it is dropped.
    mutating func closeBlock(comment: Comment?) {
        blankPending = false
        line("}", comment: comment)
    }

    /// Requests a blank line before the next line.
    mutating func blankLine() {
        if !atLevelStart { blankPending = true }
    }

    /// The text, ending with exactly one line break (or empty when nothing was printed).
    func finish() -> String { output }
}

/// The text of tokens and attributes in canonical form.
enum SyntaxText {
    static func comment(_ comment: Comment) -> String { "#" + comment.text }

    /// `keyword value`; a block-valued attribute prints as its keyword (its block is printed
    /// by the caller on the lines that follow).
    static func attribute(_ attribute: Attribute) -> String {
        let keyword = attribute.keyword.name
        switch attribute.value {
        case .flag, .block:
            return keyword
        case .names(let names):
            let separator = AttributeGrammar.shape(of: keyword) == .twoNames ? " " : ", "
            return keyword + " " + names.map(\.name).joined(separator: separator)
        case .text(let text):
            return keyword + " " + MapSourceText.quoted(text.value)
        case .cadence(let cadence):
            return keyword + " " + (cadence.count.map { "\($0) " } ?? "") + cadence.unit.name
        }
    }
}

/// Column widths for a run of declarations printed one under the other.
struct DeclarationColumns {
    private let keywordWidth: Int
    private let idWidth: Int
    /// Labels are padded only on lines where attributes follow them.
    private let labelWidth: Int

    init(_ run: [EntityDecl]) {
        keywordWidth = run.map(\.keyword.name.count).max() ?? 0
        idWidth = run.map(\.id.name.count).max() ?? 0
        labelWidth = run.filter { !$0.inlineAttributes.isEmpty }.map { Self.label($0).count }.max() ?? 0
    }

    /// `keyword id "Label" attributes [{]`, padded to the run's columns, no trailing spaces.
    func line(for entity: EntityDecl, opensBlock: Bool) -> String {
        let label = Self.label(entity)
        let attributes = entity.inlineAttributes.map(SyntaxText.attribute).joined(separator: " ")
        var text = Self.padded(entity.keyword.name, to: keywordWidth)
        let hasMore = !label.isEmpty || !attributes.isEmpty || opensBlock
        text += " " + (hasMore ? Self.padded(entity.id.name, to: idWidth) : entity.id.name)
        if !label.isEmpty { text += " " + (attributes.isEmpty ? label : Self.padded(label, to: labelWidth)) }
        if !attributes.isEmpty { text += " " + attributes }
        return text
    }

    private static func label(_ entity: EntityDecl) -> String {
        entity.label.map { MapSourceText.quoted($0.value) } ?? ""
    }

    private static func padded(_ text: String, to width: Int) -> String {
        let count = text.count
        return count >= width ? text : text + String(repeating: " ", count: width - count)
    }
}
