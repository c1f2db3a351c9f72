import Testing
@testable import KMapRender
import KMapText

@Suite("MermaidText")
struct MermaidTextTests {
    @Test("quotes, entity starts, HTML and Mermaid syntax become entity codes")
    func escapes() {
        #expect(MermaidText.escape(#"a "b" #c <d> & e|f"#) == "a #34;b#34; #35;c #60;d#62; #38; e#124;f")
        #expect(MermaidText.escape("[x](y){z};%`") == "#91;x#93;#40;y#41;#123;z#125;#59;#37;#96;")
    }

    @Test("lines are joined by line breaks; control characters are cleaned; other text is kept")
    func lines() {
        #expect(MermaidText.label(["one", "two\nthree"]) == "one<br/>two three")
        #expect(MermaidText.escape("知识 🧠 مرحبا") == "知识 🧠 مرحبا")
    }

    @Test("the title is a double-quoted YAML string")
    func yaml() {
        #expect(MermaidText.yamlQuoted(#"a "b" \c"#) == #""a \"b\" \\c""#)
    }
}
