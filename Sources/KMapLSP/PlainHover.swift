import Foundation

/// A hover for a client that shows plain text: the language service's Markdown without its
/// markup (bold markers, code spans, the rules between sections).
enum PlainHover {
    /// `markdown` as plain text: `**` and backticks dropped, a `---` rule between sections
    /// written as a blank line.
    static func text(of markdown: String) -> String {
        markdown
            .replacingOccurrences(of: "\n\n---\n\n", with: "\n\n")
            .replacingOccurrences(of: "**", with: "")
            .replacingOccurrences(of: "`", with: "")
    }
}
