import KMapText

/// A remedy split at its code spans: the rules write keywords of the language between backticks
/// (``Declare them with `broker` ``), which a report shows as code, not as literal backticks.
///
/// A backtick with no partner is ordinary text. Each segment is escaped by the format that shows
/// it (``MarkdownText``, or the HTML template engine), so a span holds no markup either way.
struct RemedyText {
    /// A run of prose or one code span, as the HTML template reads it.
    struct Segment: Equatable {
        var text: String
        var isCode: Bool
    }

    let segments: [Segment]

    init(_ remedy: String) {
        var segments: [Segment] = []
        var rest = Substring(remedy)
        while let open = rest.firstIndex(of: "`"),
              let close = rest[rest.index(after: open)...].firstIndex(of: "`") {
            if open > rest.startIndex { segments.append(Segment(text: String(rest[..<open]), isCode: false)) }
            let code = rest[rest.index(after: open)..<close]
            if code.isEmpty {
                segments.append(Segment(text: "``", isCode: false))
            } else {
                segments.append(Segment(text: String(code), isCode: true))
            }
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { segments.append(Segment(text: String(rest), isCode: false)) }
        self.segments = segments
    }

    /// The remedy as Markdown: prose inert (``MarkdownText/inline(_:)``), spans as code spans.
    var markdown: String {
        segments.map { $0.isCode ? MarkdownText.code($0.text) : MarkdownText.inline($0.text) }.joined()
    }
}
