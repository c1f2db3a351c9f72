import Testing
import KMapRender
import KMapText

@Suite("HTMLLabel")
struct HTMLLabelTests {
    @Test("markup characters become entities and backslashes are doubled")
    func escapes() {
        #expect(DOTText.htmlLabel(#"<b>"a" & 'b'</b> \N"#) == #"&lt;b&gt;&quot;a&quot; &amp; &#39;b&#39;&lt;/b&gt; \\N"#)
    }

    @Test("an entity written by the user stays text")
    func entitiesStayText() {
        #expect(DOTText.htmlLabel("&amp; &#60;") == "&amp;amp; &amp;#60;")
    }

    @Test("control characters are cleaned")
    func controlCharacters() {
        #expect(DOTText.htmlLabel("a\nb\u{7}c") == "a bc")
    }
}
