import Testing
@testable import KMapReport
import KMapText

@Suite struct MarkdownTextTests {
    @Test func inlineTextNeverBecomesMarkupOrHTML() {
        #expect(MarkdownText.inline("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;")
        #expect(MarkdownText.inline("a | b") == #"a \| b"#)
        #expect(MarkdownText.inline("*bold* _it_ `code` [link](x) ~~s~~ \\") == #"\*bold\* \_it\_ \`code\` \[link\](x) \~\~s\~\~ \\"#)
        #expect(MarkdownText.inline("R&D") == "R&amp;D")
        #expect(MarkdownText.inline("two\nlines\r\n") == "two lines  ")
    }

    @Test func blockStartsAreEscaped() {
        #expect(MarkdownText.inline("# not a heading") == ##"\# not a heading"##)
        #expect(MarkdownText.inline("- not a list") == #"\- not a list"#)
        #expect(MarkdownText.inline("+ no") == #"\+ no"#)
        #expect(MarkdownText.inline("12. not ordered") == #"12\. not ordered"#)
        #expect(MarkdownText.inline("3) nor this") == #"3\) nor this"#)
        #expect(MarkdownText.inline("2025 plan") == "2025 plan")
        #expect(MarkdownText.inline("") == "")
    }

    @Test func codeSpansOutlastTheBackticksInside() {
        #expect(MarkdownText.code("plain") == "`plain`")
        #expect(MarkdownText.code("a`b") == "``a`b``")
        #expect(MarkdownText.code("`x`") == "`` `x` ``")
    }

    @Test func codeBlocksOutlastTheFencesInside() {
        #expect(MarkdownText.codeBlock(["x"], language: "kmap") == ["```kmap", "x", "```"])
        #expect(MarkdownText.codeBlock(["````"]) == ["`````", "````", "`````"])
    }

    @Test func destinationsArePercentEncoded() {
        #expect(MarkdownText.destination("report.svg") == "report.svg")
        #expect(MarkdownText.destination("my report (v2).svg") == "my%20report%20%28v2%29.svg")
        #expect(MarkdownText.destination("é<>.svg") == "%C3%A9%3C%3E.svg")
    }
}
