import Testing
import KMapRender

@Suite("OutputFormat")
struct OutputFormatTests {
    @Test("the format comes from the file extension, case-insensitively", arguments: [
        ("map.svg", OutputFormat.svg), ("out/MAP.PNG", .png), ("a.b/map.pdf", .pdf), ("map.dot", .dot),
        ("map.gv", .dot), ("map.mmd", .mermaid), ("map.mermaid", .mermaid),
    ])
    func fromPath(path: String, format: OutputFormat) {
        #expect(OutputFormat(path: path) == format)
    }

    @Test("unknown or missing extensions give no format", arguments: ["map", "map.txt", "dir.svg/map", "map."])
    func unknown(path: String) {
        #expect(OutputFormat(path: path) == nil)
    }

    @Test("only svg, png and pdf are laid out; png and pdf are binary")
    func kinds() {
        #expect(OutputFormat.allCases.filter(\.needsLayout) == [.svg, .png, .pdf])
        #expect(OutputFormat.allCases.filter { !$0.isText } == [.png, .pdf])
        #expect(OutputFormat.mermaid.fileExtension == "mmd")
    }
}
