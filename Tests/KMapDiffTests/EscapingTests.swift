@testable import KMapDiff
import Testing

@Suite struct EscapingTests {
    @Test func plainDropsControlCharacters() {
        #expect(Escaping.plain("a\u{1B}[31mb\tc\nd\u{7F}\u{85}e") == "a[31mb c de")
    }

    @Test func markdownEscapesSyntax() {
        #expect(Escaping.markdown("*a* _b_ `c` [d](e) <f> & g|h ~i~ !j #k \\") == "\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> \\& g\\|h \\~i\\~ \\!j \\#k \\\\")
    }

    @Test func xmlEscapesMarkupAndDropsWhatXMLCannotCarry() {
        #expect(Escaping.xml("<a href=\"x\">'&'</a>\u{1}\u{FFFE}") == "&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;")
    }

    @Test func csvQuotesWhenNeededAndDefusesFormulas() {
        #expect(Escaping.csv("plain") == "plain")
        #expect(Escaping.csv("a,b") == "\"a,b\"")
        #expect(Escaping.csv("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(Escaping.csv("two\r\nlines") == "\"two\r\nlines\"")
        #expect(Escaping.csv("=SUM(A1)") == "'=SUM(A1)")
        #expect(Escaping.csv("-3") == "-3")
    }
}
