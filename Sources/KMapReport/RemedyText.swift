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
        // In ASCII text every byte is a `Character`, so backticks are found in the bytes (a search
        // by `Character` took a quarter of the HTML report's model). Other text is searched by
        // `Character`, where a backtick that a combining mark follows is not a backtick.
        let isASCII = remedy.utf8.allSatisfy { $0 < 0x80 }
        func backtick(in text: Substring) -> String.Index? {
            isASCII ? text.utf8.firstIndex(of: UInt8(ascii: "`")) : text.firstIndex(of: "`")
        }
        var segments: [Segment] = []
        var rest = Substring(remedy)
        while let open = backtick(in: rest),
              let close = backtick(in: rest[rest.index(after: open)...]) {
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
